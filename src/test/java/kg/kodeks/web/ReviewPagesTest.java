package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kg.kodeks.Workbench;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review pages over plain HTTP on a fresh copy of the sample workspace (with its draft
 * history): forms that are refused come back with the message, unknown ids are 404 pages,
 * hostile uploads leave nothing behind, and comment text is escaped.
 */
class ReviewPagesTest {
    private static final Pattern LOCATION_ROUND = Pattern.compile("/review/round\\?id=([A-Za-z0-9_-]+)");

    @TempDir
    static Path dir;

    private static Workbench workbench;
    private static Javalin app;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.init(new Workspace(Path.of("").toAbsolutePath(), true), dir.resolve("ws"));
        app = WebServer.create(workbench, false).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
        if (workbench != null) {
            workbench.close();
        }
    }

    /** Opens a round through the form and returns its id. */
    private static String openRound(WebClient client) throws Exception {
        client.get("/review?ui=ru");
        HttpResponse<String> opened = client.post(
                "/review/open",
                Map.of("version", "v2-iwg", "due", LocalDate.now().plusDays(7).toString(), "language", "rus"));
        assertEquals(302, opened.statusCode(), opened.body());
        Matcher m =
                LOCATION_ROUND.matcher(opened.headers().firstValue("Location").orElse(""));
        assertTrue(m.find());
        return m.group(1);
    }

    private static HttpResponse<String> addComment(WebClient client, String round, String unit, String text)
            throws Exception {
        client.get("/review/round?id=" + round);
        return client.post("/review/comment", Map.of("round", round, "unit", unit, "text", text, "proposal", ""));
    }

    @Test
    void aDrafterOpensARoundAddsACommentAndDecidesIt() throws Exception {
        WebClient client = new WebClient(app.port());
        String round = openRound(client);
        HttpResponse<String> added = addComment(client, round, "art_1__para_1", "Уточнить срок полномочий.");
        assertEquals(302, added.statusCode(), added.body());
        String commentId = workbench.review().comments(round).get(0).id();
        HttpResponse<String> page = client.get("/review/round?id=" + round + "&ui=ru");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Уточнить срок полномочий."), page.body());
        assertTrue(page.body().contains("Статья 1"), "grouped under its article");
        assertTrue(page.body().contains("часть 1 статьи 1"), "the unit's citation in the round's version");

        HttpResponse<String> decided = client.post(
                "/review/decide",
                Map.of("comment", commentId, "status", "partly", "reason", "Срок уточнён в статье 3."));
        assertEquals(302, decided.statusCode(), decided.body());
        var comment = workbench.review().comment(commentId);
        assertEquals("partly", comment.decision().code());
        assertEquals(
                workbench.drafts().repository().authorOrDefault().getName(),
                comment.decidedBy(),
                "on loopback without login the workspace's Git author decides");
        HttpResponse<String> after = client.get("/review/round?id=" + round + "&ui=ru");
        assertTrue(after.body().contains("принято частично"));
        assertTrue(after.body().contains("Срок уточнён в статье 3."));
        HttpResponse<String> index = client.get("/review?ui=ru");
        assertTrue(index.body().contains("/review/round?id=" + round), "the round is in the list");
    }

    @Test
    void aDecisionWithoutReasonIsShownAgainWithTheMessage() throws Exception {
        WebClient client = new WebClient(app.port());
        String round = openRound(client);
        addComment(client, round, "art_2", "Определить понятия точнее.");
        String commentId = workbench.review().comments(round).get(0).id();
        client.get("/review/round?id=" + round + "&ui=ru");
        HttpResponse<String> refused =
                client.post("/review/decide", Map.of("comment", commentId, "status", "rejected", "reason", "  "));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Решению нужно обоснование"), refused.body());
        assertTrue(refused.body().contains("value=\"rejected\" checked"), "the chosen decision is kept");
        assertEquals("open", workbench.review().comment(commentId).decision().code(), "nothing recorded");
    }

    @Test
    void aCommentOnAUnitThatDoesNotExistIsShownAgainWithTheTextKept() throws Exception {
        WebClient client = new WebClient(app.port());
        String round = openRound(client);
        HttpResponse<String> refused = addComment(client, round, "art_999", "Текст, который не должен пропасть.");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("art_999"), "the message names the unit");
        assertTrue(refused.body().contains("Текст, который не должен пропасть."), "the text is kept in the form");
        assertTrue(workbench.review().comments(round).isEmpty());
    }

    @Test
    void listsTheUndecidedCommentsOfARoundPastItsDueDate() throws Exception {
        WebClient client = new WebClient(app.port());
        String round = openRound(client);
        addComment(client, round, "art_4__para_1", "Границы аймаков описать подробнее.");
        addComment(client, round, "art_4__para_2", "Уже решено.");
        String decided = workbench.review().comments(round).get(1).id();
        workbench.review().decide(decided, kg.kodeks.review.Decision.ACCEPTED, "Учтено.", "Секретариат");
        // The service refuses a due date in the past, so the round's file is moved back in time,
        // as it stands in the drafts folder after the week has passed.
        Path file = workbench.workspace().drafts().resolve("review/" + round + "/round.yaml");
        String yaml = Files.readString(file);
        Files.writeString(
                file, yaml.replaceAll("opened: .*", "opened: 2026-01-05").replaceAll("due: .*", "due: 2026-01-12"));
        HttpResponse<String> index = client.get("/review?ui=ru");
        assertTrue(index.body().contains("class=\"overdue\""), "the round is marked");
        assertTrue(index.body().contains("Границы аймаков описать подробнее."), index.body());
        assertFalse(index.body().contains("Уже решено."), "decided comments are not overdue");
        HttpResponse<String> page = client.get("/review/round?id=" + round + "&ui=ru");
        assertTrue(page.body().contains("просрочено</span> <b>1</b>"), page.body());
    }

    @Test
    void unknownRoundsAndCommentsGiveA404PageInTheUsersLanguage() throws Exception {
        WebClient client = new WebClient(app.port());
        HttpResponse<String> ky = client.get("/review/round?id=r404&ui=ky");
        assertEquals(404, ky.statusCode());
        assertTrue(ky.body().contains("Барак табылган жок"), ky.body());
        HttpResponse<String> odd = client.get("/review/round?id=..%2F..%2Fetc&ui=en");
        assertEquals(404, odd.statusCode());
        assertTrue(odd.body().contains("Page not found"));
        client.get("/review?ui=ru");
        HttpResponse<String> decide =
                client.post("/review/decide", Map.of("comment", "r404-001", "status", "accepted", "reason", "x"));
        assertEquals(404, decide.statusCode());
        assertTrue(decide.body().contains("Страница не найдена"));
    }

    @Test
    void refusesAFormWithoutTheCsrfTokenAndStoresNothing() throws Exception {
        WebClient client = new WebClient(app.port());
        String round = openRound(client);
        client.get("/review/round?id=" + round);
        HttpResponse<String> forged = client.post(
                "/review/comment", Map.of("csrf", "forged", "round", round, "unit", "art_1", "text", "Подделка"));
        assertEquals(403, forged.statusCode());
        assertTrue(workbench.review().comments(round).isEmpty());
    }

    @Test
    void commentTextIsEscaped() throws Exception {
        WebClient client = new WebClient(app.port());
        String round = openRound(client);
        addComment(client, round, "art_1", "<script>alert(1)</script> и <b>жирный</b>");
        HttpResponse<String> page = client.get("/review/round?id=" + round);
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page.body());
        assertFalse(page.body().contains("<script>alert(1)"));
        assertFalse(page.body().contains("<b>жирный</b>"));
    }

    @Test
    void importsAReturnedCommentFormAndListsTheRowsItCannotPlace() throws Exception {
        WebClient client = new WebClient(app.port());
        String round = openRound(client);
        client.get("/review/round?id=" + round + "&ui=ru");
        byte[] form = Files.readAllBytes(Path.of("documents/review/sample-comments.docx"));
        HttpResponse<String> imported = client.postFile(
                "/review/import",
                Map.of("round", round, "author", "Иванова А., Союз МСУ"),
                "file",
                "замечания.docx",
                form);
        assertEquals(200, imported.statusCode(), imported.body());
        int count = workbench.review().comments(round).size();
        assertTrue(count > 0);
        assertTrue(imported.body().contains("Из формы импортировано замечаний: " + count), imported.body());
        assertTrue(workbench.review().comments(round).stream()
                .allMatch(c -> c.author().equals("Иванова А.")));
        assertUploadsEmpty();
    }

    @Test
    void refusesAnUploadThatIsNotADocxAndStoresNothing() throws Exception {
        WebClient client = new WebClient(app.port());
        String round = openRound(client);
        client.get("/review/round?id=" + round + "&ui=ru");
        HttpResponse<String> text = client.postFile(
                "/review/import",
                Map.of("round", round, "author", "Иванова А."),
                "file",
                "notes.docx",
                "Это не документ Word".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, text.statusCode());
        assertTrue(text.body().contains("Файл notes.docx не является документом DOCX"), text.body());
        HttpResponse<String> renamed = client.postFile(
                "/review/import",
                Map.of("round", round, "author", "Иванова А."),
                "file",
                "form.exe",
                Files.readAllBytes(Path.of("documents/review/sample-comments.docx")));
        assertEquals(400, renamed.statusCode(), "the file name must say .docx too");
        assertTrue(workbench.review().comments(round).isEmpty());
        assertUploadsEmpty();
    }

    @Test
    void refusesAZipBombWithAMessageAndStoresNothing() throws Exception {
        WebClient client = new WebClient(app.port());
        String round = openRound(client);
        client.get("/review/round?id=" + round + "&ui=ru");
        byte[] bomb = zipBomb();
        assertTrue(bomb.length < 1024 * 1024, "small on the wire");
        HttpResponse<String> refused = client.postFile(
                "/review/import", Map.of("round", round, "author", "Иванова А."), "file", "bomb.docx", bomb);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("zip-бомба"), refused.body());
        assertTrue(refused.body().contains("bomb.docx"), "names the uploaded file");
        assertFalse(refused.body().contains(workbench.workspace().cache().toString()), "no server path shown");
        assertTrue(workbench.review().comments(round).isEmpty());
        assertUploadsEmpty();
    }

    /** A zip whose document part expands to 60 MB of zeros. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void assertUploadsEmpty() throws Exception {
        Path uploads = workbench.workspace().cache().resolve("uploads");
        if (Files.isDirectory(uploads)) {
            try (Stream<Path> files = Files.list(uploads)) {
                assertEquals(0, files.count(), "the upload is deleted after the import");
            }
        }
    }
}
