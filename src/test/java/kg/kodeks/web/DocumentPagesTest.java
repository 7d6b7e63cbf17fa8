package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kg.kodeks.Workbench;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents pages over plain HTTP on a fresh copy of the sample workspace. */
class DocumentPagesTest {
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

    @Test
    void rendersAProtocolInKyrgyzAsADownload() throws Exception {
        WebClient client = new WebClient(app.port());
        client.get("/documents?ui=ky");
        HttpResponse<byte[]> doc =
                client.postForBytes("/documents/render", Map.of("kind", "protocol", "lang", "kir", "data", "sample"));
        assertEquals(200, doc.statusCode());
        assertEquals(
                DocumentRoutes.DOCX, doc.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "attachment; filename=\"protocol.kir.docx\"",
                doc.headers().firstValue("Content-Disposition").orElse(""));
        String body = documentXml(doc.body());
        assertTrue(body.contains("<w:body>"), "a Word document");
        assertNoLeftovers();
    }

    @Test
    void rendersTheCommentFormAndTheCommentsTableOfARound() throws Exception {
        var review = workbench.review();
        String round = review.open("v2-iwg", LocalDate.now().plusDays(3), null, Language.RUS)
                .id();
        var comment = review.add(round, "art_6__para_1", "Мамбетова Ж., Айыл окмоту", "Уточнить порядок передачи.", "");
        review.decide(comment.id(), kg.kodeks.review.Decision.REJECTED, "Порядок установлен в части 2.", "Секретариат");
        WebClient client = new WebClient(app.port());
        HttpResponse<String> page = client.get("/documents?kind=comment-form&round=" + round + "&ui=ru");
        assertTrue(page.body().contains("<option value=\"round:" + round + "\" selected>"), "the round is preselected");
        HttpResponse<byte[]> form = client.postForBytes(
                "/documents/render", Map.of("kind", "comment-form", "lang", "rus", "data", "round:" + round));
        assertEquals(200, form.statusCode());
        assertEquals(
                "attachment; filename=\"comment-form-" + round + ".rus.docx\"",
                form.headers().firstValue("Content-Disposition").orElse(""));
        HttpResponse<byte[]> table = client.postForBytes(
                "/documents/render", Map.of("kind", "comments-table", "lang", "rus", "data", "round:" + round));
        assertEquals(200, table.statusCode(), new String(table.body(), StandardCharsets.UTF_8));
        String xml = documentXml(table.body());
        assertTrue(
                xml.contains("Уточнить порядок передачи.") && xml.contains("Порядок установлен в части 2."),
                "the round's comment and decision are in the table");
    }

    @Test
    void rendersTheCodeOfAnEarlierDraftVersion() throws Exception {
        WebClient client = new WebClient(app.port());
        client.get("/documents?ui=ru");
        HttpResponse<byte[]> v1 = client.postForBytes(
                "/documents/render", Map.of("kind", "code", "lang", "rus", "data", "version:v1-concept"));
        assertEquals(200, v1.statusCode(), new String(v1.body(), StandardCharsets.UTF_8));
        assertEquals(
                "attachment; filename=\"code-v1-concept.rus.docx\"",
                v1.headers().firstValue("Content-Disposition").orElse(""));
        HttpResponse<byte[]> working = client.postForBytes(
                "/documents/render", Map.of("kind", "code", "lang", "rus", "data", "version:working"));
        assertEquals(200, working.statusCode());
        assertTrue(!documentXml(v1.body()).equals(documentXml(working.body())), "two versions, two texts");
    }

    @Test
    void rendersTheFindingsReportFromTheCorpus() throws Exception {
        WebClient client = new WebClient(app.port());
        client.get("/documents?ui=ky");
        HttpResponse<byte[]> report = client.postForBytes(
                "/documents/render", Map.of("kind", "findings-report", "lang", "kir", "data", "findings"));
        assertEquals(200, report.statusCode(), new String(report.body(), StandardCharsets.UTF_8));
        assertEquals(
                "attachment; filename=\"findings-report.kir.docx\"",
                report.headers().firstValue("Content-Disposition").orElse(""));
        HttpResponse<byte[]> sample = client.postForBytes(
                "/documents/render", Map.of("kind", "findings-report", "lang", "kir", "data", "sample"));
        assertTrue(
                !documentXml(report.body()).equals(documentXml(sample.body())),
                "made from the findings, not the sample");
    }

    @Test
    void anUnknownKindOrDataThatDoesNotFitTheKindIsShownAgainWithTheMessage() throws Exception {
        WebClient client = new WebClient(app.port());
        client.get("/documents?ui=en");
        HttpResponse<String> unknown =
                client.post("/documents/render", Map.of("kind", "<script>x</script>", "lang", "rus", "data", "sample"));
        assertEquals(400, unknown.statusCode());
        assertTrue(
                unknown.body().contains("There is no kind of document &quot;&lt;script&gt;x&lt;/script&gt;&quot;"),
                unknown.body());
        HttpResponse<String> round =
                client.post("/documents/render", Map.of("kind", "plan", "lang", "rus", "data", "round:r1"));
        assertEquals(400, round.statusCode());
        assertTrue(round.body().contains("This data does not fit the kind Plan of measures"), round.body());
        HttpResponse<String> missing =
                client.post("/documents/render", Map.of("kind", "comment-form", "lang", "rus", "data", "round:r77"));
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("r77"), "the service names the round");
        assertTrue(missing.body().contains("value=\"comment-form\" checked"), "the chosen kind is kept");
    }

    @Test
    void refusesARenderWithoutTheCsrfToken() throws Exception {
        WebClient client = new WebClient(app.port());
        client.get("/documents");
        HttpResponse<String> forged = client.post("/documents/render", Map.of("csrf", "forged", "kind", "plan"));
        assertEquals(403, forged.statusCode());
    }

    @Test
    void showsTheTemplateCheckOfEveryKind() throws Exception {
        WebClient client = new WebClient(app.port());
        HttpResponse<String> page = client.get("/documents/templates?ui=ru");
        assertEquals(200, page.statusCode());
        for (String kind : new String[] {"protocol.rus.docx", "code.kir.docx", "comments-table.rus.docx"}) {
            assertTrue(page.body().contains("templates/" + kind), kind);
        }
        assertEquals(16, count(page.body(), "class=\"check-ok\""), "the sample templates are all clean");
    }

    @Test
    void showsAProblemOfABrokenTemplate() throws Exception {
        Path template = workbench.workspace().templates().resolve("plan.kir.docx");
        byte[] original = Files.readAllBytes(template);
        try {
            Files.writeString(template, "not a zip");
            HttpResponse<String> page = new WebClient(app.port()).get("/documents/templates?ui=en");
            assertEquals(15, count(page.body(), "class=\"check-ok\""));
            assertTrue(page.body().contains("plan.kir.docx is not a DOCX file"), page.body());
        } finally {
            Files.write(template, original);
        }
    }

    @Test
    void makesARedlineBetweenTwoDraftVersionsWithTheAuthorOfTheNewer() throws Exception {
        WebClient client = new WebClient(app.port());
        HttpResponse<String> page = client.get("/documents?ui=ru");
        assertTrue(page.body().contains("v1-concept") && page.body().contains("v3-after-meeting"));
        HttpResponse<byte[]> doc = client.postForBytes(
                "/documents/redline", Map.of("from", "v2-iwg", "to", "v3-after-meeting", "lang", "rus"));
        assertEquals(200, doc.statusCode(), new String(doc.body(), StandardCharsets.UTF_8));
        assertEquals(
                "attachment; filename=\"redline-v2-iwg-v3-after-meeting.rus.docx\"",
                doc.headers().firstValue("Content-Disposition").orElse(""));
        String xml = documentXml(doc.body());
        assertTrue(xml.contains("<w:ins ") && xml.contains("<w:del "), "tracked changes");
        assertTrue(xml.contains("w:author=\"Нургуль Абдыкадырова\""), "credited to the author of v3");
        assertTrue(xml.contains("w:date=\"2026-05-20T"), "dated by the commit of v3");
        HttpResponse<String> same =
                client.post("/documents/redline", Map.of("from", "v2-iwg", "to", "v2-iwg", "lang", "rus"));
        assertEquals(400, same.statusCode());
        assertNoLeftovers();
    }

    private static String documentXml(byte[] docx) throws Exception {
        assertTrue(docx.length > 4 && docx[0] == 'P' && docx[1] == 'K', "a zip");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static void assertNoLeftovers() throws Exception {
        Path made = workbench.workspace().cache().resolve("documents");
        if (Files.isDirectory(made)) {
            try (Stream<Path> files = Files.list(made)) {
                assertEquals(0, files.count(), "documents are deleted once sent");
            }
        }
    }
}
