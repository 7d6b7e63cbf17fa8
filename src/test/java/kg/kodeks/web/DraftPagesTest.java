package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.kodeks.Workbench;
import kg.kodeks.drafts.DraftRepository;
import kg.kodeks.workspace.Workspace;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft pages over a small workspace of their own: two versions of a Russian draft. */
class DraftPagesTest {
    private static final PersonIdent AUTHOR = new PersonIdent("Алия Тестова", "aliya@example.kg");

    @TempDir
    Path dir;

    private Javalin app;
    private Workbench workbench;

    /** A workspace with the test corpus and a draft; with {@code history}, versions v1 and v2 committed. */
    private WebClient start(boolean history) throws Exception {
        Files.createDirectories(dir.resolve("corpus"));
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("corpus/lsg.rus.md"), fixture("corpus/lsg.rus.md"));
        Path draft = dir.resolve("drafts/code.rus.md");
        if (history) {
            try (DraftRepository repo = DraftRepository.create(dir.resolve("drafts"))) {
                Files.writeString(draft, fixture("v1.rus.md"));
                repo.commit("Первая версия", AUTHOR);
                repo.tag("v1", "HEAD", AUTHOR);
                Files.writeString(draft, fixture("v2.rus.md"));
                repo.commit("Сроки <сокращены>", AUTHOR);
                repo.tag("v2", "HEAD", AUTHOR);
            }
        } else {
            Files.writeString(draft, fixture("v2.rus.md"));
        }
        workbench = Workbench.open(new Workspace(dir, false));
        app = WebServer.create(workbench, false).start("127.0.0.1", 0);
        return new WebClient(app.port());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = DraftPagesTest.class.getResourceAsStream("/web/draft/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    void aDrafterRecordsTheEditedDraftAsANewVersionFromThePage() throws Exception {
        WebClient client = start(true);
        Path draft = dir.resolve("drafts/code.rus.md");
        Files.writeString(
                draft, Files.readString(draft).replace("в пределах полномочий", "в пределах своих полномочий"));
        String page = client.get("/draft?lang=rus&ui=en").body();
        assertTrue(page.contains("action=\"/draft/commit\""), "a changed working copy offers the commit form");

        HttpResponse<String> empty = client.post("/draft/commit", java.util.Map.of("message", " "));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("action=\"/draft/commit\""), "the form is shown again");
        int before = workbench.drafts().repository().log(0).size();

        HttpResponse<String> done = client.post("/draft/commit", java.util.Map.of("message", "Часть 1 уточнена"));
        assertEquals(302, done.statusCode(), done.body());
        var log = workbench.drafts().repository().log(0);
        assertEquals(before + 1, log.size());
        assertEquals("Часть 1 уточнена", log.get(0).subject());
    }

    @Test
    void showsTheDraftWithSourceLinksInsteadOfCommentsAndEscapesItsText() throws Exception {
        WebClient client = start(true);
        HttpResponse<String> page = client.get("/draft?lang=rus&ui=en");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "draft text is escaped");
        assertFalse(body.contains("<script>alert(1)"));
        assertFalse(body.contains("<!--"), "source annotations never reach the page as comments");
        assertTrue(
                body.contains("href=\"/act?id=%2Fakn%2Fkg%2Fact%2Flaw%2F2011-07-15%2F101%2Frus#chp_1__art_1__para_1\""),
                "a source links to the full anchor of the corpus unit: " + body);
        assertTrue(body.contains("class=\"source unknown\""), "a source the corpus does not know is marked");
        assertTrue(body.contains("id=\"chp_1__art_5\""), "every unit has an anchor");
        assertTrue(body.contains("Last version: v2"), body);
    }

    @Test
    void aLanguageWithoutADraftFileSaysSo() throws Exception {
        WebClient client = start(true);
        HttpResponse<String> page = client.get("/draft?lang=kir&ui=ru");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("В папке проекта нет файла code.kir.md."), page.body());
        HttpResponse<String> bad = client.get("/draft?lang=fr&ui=ru");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("неизвестный язык текста проекта «fr»"), bad.body());
    }

    @Test
    void listsTheVersionsEachWithALinkToWhatItChanged() throws Exception {
        WebClient client = start(true);
        HttpResponse<String> page = client.get("/draft/history?ui=en&lang=rus");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("/draft/diff?from=v1&amp;to=v2&amp;lang=rus"), body);
        assertTrue(body.contains("Сроки &lt;сокращены&gt;"), "commit messages are escaped");
        assertTrue(body.contains("Алия Тестова"));
        assertTrue(body.contains("first version"));
    }

    @Test
    void comparesTwoVersionsArticleByArticleWithEscapedWordMarks() throws Exception {
        WebClient client = start(true);
        HttpResponse<String> page = client.get("/draft/diff?from=v1&to=v2&lang=rus&ui=en");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("<del>тридцати</del>"), body);
        assertTrue(
                body.contains("<ins>десяти &lt;b&gt;рабочих&lt;/b&gt;</ins>"), "inserted words are escaped: " + body);
        assertFalse(body.contains("<b>рабочих</b>"));
        assertTrue(body.contains("<span class=\"badge kind-modified\">modified</span>"));
        assertTrue(body.contains("<span class=\"badge kind-removed\">removed</span>"));
        assertTrue(body.contains("<span class=\"badge kind-added\">added</span>"));
        assertTrue(body.contains("3 articles changed, 1 of them in wording"), body);
        assertTrue(body.contains("<option value=\"v1\" selected>"), "the pickers show the versions compared");
    }

    @Test
    void anUnknownRevisionIsRefusedInTheUsersLanguageAndThePickersStay() throws Exception {
        WebClient client = start(true);
        HttpResponse<String> ru = client.get("/draft/diff?from=v9&to=v2&lang=rus&ui=ru");
        assertEquals(400, ru.statusCode());
        assertTrue(ru.body().contains("неизвестная версия «v9»"), ru.body());
        assertTrue(ru.body().contains("id=\"diff-from\""), "the form is shown again");
        HttpResponse<String> en = client.get("/draft/diff?from=%3Cscript%3E&to=v2&ui=en");
        assertEquals(400, en.statusCode());
        assertTrue(
                en.body().contains("unknown revision \"&lt;script&gt;\"")
                        || en.body().contains("unknown revision &quot;&lt;script&gt;&quot;"),
                en.body());
        assertFalse(en.body().contains("<script>"));
    }

    @Test
    void followsOneArticleAndGivesA404InTheUsersLanguageForAnUnknownOne() throws Exception {
        WebClient client = start(true);
        HttpResponse<String> page = client.get("/draft/article?id=2&lang=rus&ui=en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<del>тридцати</del>"), page.body());
        assertTrue(page.body().contains("kind-added"), "the version that added it is listed");
        assertTrue(page.body().contains("href=\"/act?id="), "blame shows the source annotation as a link");
        HttpResponse<String> ky = client.get("/draft/article?id=99&lang=rus&ui=ky");
        assertEquals(404, ky.statusCode());
        assertTrue(ky.body().contains("Барак табылган жок"), ky.body());
        assertTrue(ky.body().contains("code.rus.md ичинде 99 берене жок"), ky.body());
        HttpResponse<String> ru = client.get("/draft/article?id=art_99&lang=rus&ui=ru");
        assertEquals(404, ru.statusCode());
        assertTrue(ru.body().contains("в code.rus.md нет статьи art_99"), ru.body());
    }

    @Test
    void listsLintProblemsWithFileAndLine() throws Exception {
        WebClient client = start(true);
        HttpResponse<String> page = client.get("/draft/lint?ui=en");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("the Code has no article 45"), body);
        assertTrue(body.contains("the corpus has no act"), body);
        assertTrue(body.contains("<code>code.rus.md</code>"));
        assertTrue(body.contains("badge severity-error"));
    }

    @Test
    void showsTheCoverageOfEachAct() throws Exception {
        WebClient client = start(true);
        HttpResponse<String> page = client.get("/draft/coverage?lang=rus&ui=en");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("О местном самоуправлении (образец для тестов)"), body);
        assertTrue(body.contains("Overall: 50% of the norms in force are absorbed by the Code (1 of 2)"), body);
        assertTrue(
                body.contains("#chp_1__art_1__para_2\">art_1__para_2</a>"),
                "the norm not yet covered links to the act");
    }

    @Test
    void withoutARepositoryThePagesSayWhichCommandToRun() throws Exception {
        WebClient client = start(false);
        for (String path : new String[] {"/draft/history", "/draft/diff?from=v1&to=v2", "/draft/article?id=1"}) {
            HttpResponse<String> page = client.get(path + (path.contains("?") ? "&" : "?") + "ui=en");
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.body().contains("kodeks draft init --workspace " + dir), path + ": " + page.body());
        }
        HttpResponse<String> text = client.get("/draft?lang=rus");
        assertEquals(200, text.statusCode(), "the text of the draft needs no history");
        assertTrue(text.body().contains("Статья 5."));
    }

    @Test
    void theBundledSampleSaysToMakeAWorkspaceFirst() throws Exception {
        workbench = Workbench.open(new Workspace(Path.of("").toAbsolutePath(), true));
        app = WebServer.create(workbench, false).start("127.0.0.1", 0);
        WebClient client = new WebClient(app.port());
        HttpResponse<String> page = client.get("/draft/diff?ui=ru");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("kodeks init DIR"), page.body());
        assertTrue(page.body().contains("поставляемый образец"), page.body());
        assertEquals(200, client.get("/draft?lang=kir").statusCode(), "the sample's text is readable");
    }
}
