package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import kg.kodeks.Workbench;
import kg.kodeks.findings.DecisionStore;
import kg.kodeks.findings.Finding;
import kg.kodeks.findings.FindingType;
import kg.kodeks.users.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings pages, decisions on findings and the marks in the act viewer, over sample acts. */
class FindingsPagesTest {
    @TempDir
    Path dir;

    private Javalin app;
    private Workbench workbench;

    private WebClient start(boolean loginRequired) throws Exception {
        workbench = SearchPagesTest.fixture(dir);
        app = WebServer.create(workbench, loginRequired).start("127.0.0.1", 0);
        return new WebClient(app.port());
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

    private Finding finding(String type) throws Exception {
        return workbench.findings().list(EnumSet.of(FindingType.parse(type))).get(0);
    }

    private Path decisions() {
        return dir.resolve("drafts").resolve(DecisionStore.FILE);
    }

    @Test
    void filtersFindingsByTypeAndSeverity() throws Exception {
        WebClient client = start(false);
        String all = client.get("/findings?ui=en").body();
        assertEquals(4, count(all, "class=\"finding sev-"), all);
        String references = client.get("/findings?type=reference&ui=en").body();
        assertEquals(1, count(references, "class=\"finding sev-"));
        assertTrue(references.contains("id=\"f-" + finding("reference").id() + "\""));
        String medium = client.get("/findings?severity=medium&ui=en").body();
        assertEquals(1, count(medium, "class=\"finding sev-medium\""), medium);
        assertEquals(0, count(medium, "class=\"finding sev-high\""));
        String open = client.get("/findings?decision=confirmed").body();
        assertEquals(0, count(open, "class=\"finding sev-"), "nothing is decided yet");
    }

    @Test
    void refusesAnUnknownFilterWithAMessage() throws Exception {
        WebClient client = start(false);
        HttpResponse<String> page = client.get("/findings?type=typo&ui=en");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("unknown finding type «typo»"), page.body());
    }

    @Test
    void showsTheUnitsSideBySideWithTheEvidenceMarkedAndTheirTextEscaped() throws Exception {
        WebClient client = start(false);
        String conflict =
                client.get("/findings/" + finding("conflict").id() + "?ui=en").body();
        assertEquals(2, count(conflict, "class=\"finding-unit\""), conflict);
        assertTrue(conflict.contains(">десяти дней</mark>") && conflict.contains(">тридцати дней</mark>"), conflict);
        String reference = client.get("/findings/" + finding("reference").id()).body();
        assertTrue(reference.contains(">статьей 45 настоящего Закона</mark>"), reference);
        assertTrue(reference.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(reference.contains("<script>alert"));
        assertTrue(
                reference.contains(
                        "href=\"/act?id=%2Fakn%2Fkg%2Fact%2Flaw%2F2011-07-15%2F101%2Frus#chp_1__art_1__para_1\""),
                "the unit links to its full element id in the act viewer");
    }

    @Test
    void evidenceIsNamedInTheInterfaceLanguage() throws Exception {
        WebClient client = start(false);
        kg.kodeks.findings.Finding conflict = finding("conflict");
        String ky = client.get("/findings/" + conflict.id() + "?ui=ky").body();
        for (kg.kodeks.findings.Evidence e : conflict.evidence()) {
            if (e.value().equals("differs")
                    || e.value().equals("obligation")
                    || e.value().equals("permission")) {
                assertFalse(ky.contains("→ " + e.value() + "<"), "«" + e.value() + "» is translated: " + ky);
            }
        }
        assertFalse(ky.contains("→ differs"), ky);
    }

    @Test
    void anUnknownFindingIsA404InTheUsersLanguage() throws Exception {
        WebClient client = start(false);
        HttpResponse<String> page = client.get("/findings/0000000000000000?ui=ky");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Барак табылган жок"), page.body());
        client.get("/findings/" + finding("conflict").id() + "?ui=ru");
        HttpResponse<String> post =
                client.post("/findings/0000000000000000/decide", Map.of("status", "confirmed", "reason", "x"));
        assertEquals(404, post.statusCode());
        assertTrue(post.body().contains("Страница не найдена"), post.body());
    }

    @Test
    void refusesADecisionWithoutTheCsrfToken() throws Exception {
        WebClient client = start(false);
        String id = finding("conflict").id();
        client.get("/findings/" + id);
        HttpResponse<String> forged = client.post(
                "/findings/" + id + "/decide",
                Map.of("csrf", "forged", "status", "confirmed", "reason", "разные сроки"));
        assertEquals(403, forged.statusCode());
        assertFalse(Files.exists(decisions()), "nothing is written");
    }

    @Test
    void reShowsTheFormWithAMessageWhenTheReasonIsMissing() throws Exception {
        WebClient client = start(false);
        String id = finding("conflict").id();
        client.get("/findings/" + id + "?ui=ru");
        HttpResponse<String> page =
                client.post("/findings/" + id + "/decide", Map.of("status", "confirmed", "reason", "  "));
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("Укажите причину решения."), page.body());
        assertTrue(page.body().contains("value=\"confirmed\" required checked"), "the choice is kept");
        assertFalse(Files.exists(decisions()), "nothing is written");
        HttpResponse<String> noStatus = client.post("/findings/" + id + "/decide", Map.of("reason", "причина"));
        assertEquals(400, noStatus.statusCode());
        assertTrue(noStatus.body().contains("причина</textarea>"), "the reason is kept");
        HttpResponse<String> switched = client.get("/findings/" + id + "/decide?ui=ky");
        assertEquals(303, switched.statusCode(), "the language links of the re-shown form lead back to the finding");
        assertEquals(
                "/findings/" + id + "?ui=ky",
                switched.headers().firstValue("Location").orElse(""));
    }

    @Test
    void recordsADecisionOnLoopbackAsTheSystemUserAndShowsIt() throws Exception {
        WebClient client = start(false);
        String id = finding("conflict").id();
        client.get("/findings/" + id + "?ui=en");
        HttpResponse<String> done = client.post(
                "/findings/" + id + "/decide", Map.of("status", "not-a-problem", "reason", "different procedures <b>"));
        assertEquals(303, done.statusCode());
        assertEquals(
                "/findings/" + id + "?decided=1",
                done.headers().firstValue("Location").orElse(""));
        String page = client.get("/findings/" + id + "?decided=1").body();
        assertTrue(page.contains("The decision is recorded."), page);
        assertTrue(
                page.contains("not a problem: «different procedures &lt;b&gt;» — " + System.getProperty("user.name")),
                page);
        String list = client.get("/findings?decision=not-a-problem").body();
        assertEquals(1, count(list, "class=\"finding sev-"));
        assertTrue(Files.readString(decisions()).contains("different procedures"));
    }

    @Test
    void attributesADecisionToTheLoggedInExpertAndRefusesOtherRoles() throws Exception {
        WebClient client = start(true);
        workbench
                .users()
                .put("aida", "Аида Токтосунова", "aida@example.kg", Role.EXPERT, "long-password".toCharArray());
        workbench
                .users()
                .put("bakyt", "Бакыт Осмонов", "bakyt@example.kg", Role.DRAFTER, "long-password".toCharArray());
        String id = finding("reference").id();
        WebClient drafter = new WebClient(app.port());
        drafter.get("/login");
        drafter.post("/login", Map.of("login", "bakyt", "password", "long-password"));
        drafter.get("/findings/" + id);
        assertEquals(
                403,
                drafter.post(
                                "/findings/" + id + "/decide",
                                Map.of("status", "confirmed", "reason", "ссылка на несуществующую статью"))
                        .statusCode());
        client.get("/login");
        client.post("/login", Map.of("login", "aida", "password", "long-password"));
        client.get("/findings/" + id);
        assertEquals(
                303,
                client.post(
                                "/findings/" + id + "/decide",
                                Map.of("status", "confirmed", "reason", "ссылка на несуществующую статью"))
                        .statusCode());
        assertTrue(Files.readString(decisions()).contains("Аида Токтосунова"));
    }

    @Test
    void marksUnitsWithFindingsInTheActViewer() throws Exception {
        WebClient client = start(false);
        String act = client.get("/act?id=%2Fakn%2Fkg%2Fact%2Flaw%2F2011-07-15%2F101%2Frus&ui=en")
                .body();
        assertTrue(act.contains("href=\"/findings/" + finding("reference").id() + "\">reference</a>"), act);
        assertTrue(act.contains("href=\"/findings/" + finding("conflict").id() + "\">conflict</a>"));
        String other = client.get("/act?id=%2Fakn%2Fkg%2Fact%2Flaw%2F2012-01-10%2F7%2Frus")
                .body();
        assertFalse(other.contains("/findings/" + finding("reference").id()), "only this act's findings");
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
