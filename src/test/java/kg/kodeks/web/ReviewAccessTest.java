package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import kg.kodeks.Workbench;
import kg.kodeks.model.Language;
import kg.kodeks.users.Role;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may do what on the review pages, and a workspace that has no review at all. */
class ReviewAccessTest {
    @TempDir
    Path dir;

    private Javalin app;
    private Workbench workbench;

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
    void anExpertCommentsUnderTheirOwnNameButCannotDecide() throws Exception {
        workbench = Workbench.init(new Workspace(Path.of("").toAbsolutePath(), true), dir.resolve("ws"));
        workbench.users().put("bakyt", "Бакыт Осмонов", "bakyt@example.kg", Role.EXPERT, "long-password".toCharArray());
        String round = workbench
                .review()
                .open("v2-iwg", LocalDate.now().plusDays(7), null, Language.RUS)
                .id();
        app = WebServer.create(workbench, true).start("127.0.0.1", 0);
        WebClient client = new WebClient(app.port());
        client.get("/login");
        assertEquals(
                302,
                client.post("/login", Map.of("login", "bakyt", "password", "long-password"))
                        .statusCode());
        client.get("/review/round?id=" + round);
        assertEquals(
                302,
                client.post(
                                "/review/comment",
                                Map.of(
                                        "round",
                                        round,
                                        "unit",
                                        "ст. 5 п. 2",
                                        "text",
                                        "Уточнить перечень.",
                                        "proposal",
                                        ""))
                        .statusCode());
        var comment = workbench.review().comments(round).get(0);
        assertEquals("Бакыт Осмонов", comment.author(), "the logged-in user is the author");
        assertEquals("chp_2__art_5__point_2", comment.unit(), "a citation typed by hand is resolved");
        HttpResponse<String> decide =
                client.post("/review/decide", Map.of("comment", comment.id(), "status", "accepted", "reason", "Да."));
        assertEquals(403, decide.statusCode());
        assertEquals(
                403,
                client.post(
                                "/review/open",
                                Map.of(
                                        "version",
                                        "v2-iwg",
                                        "due",
                                        LocalDate.now().plusDays(7).toString()))
                        .statusCode());
        assertEquals("open", workbench.review().comment(comment.id()).decision().code());
    }

    @Test
    void aWorkspaceWithoutADraftsRepositorySaysWhyThereIsNoReview() throws Exception {
        Files.createDirectories(dir.resolve("corpus"));
        workbench = Workbench.open(new Workspace(dir, false));
        app = WebServer.create(workbench, false).start("127.0.0.1", 0);
        HttpResponse<String> page = new WebClient(app.port()).get("/review?ui=en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("class=\"error\""), page.body());
        assertTrue(page.body().contains(dir.resolve("drafts").toString()), "names the folder");
        HttpResponse<String> docs = new WebClient(app.port()).get("/documents?ui=en");
        assertEquals(200, docs.statusCode(), "the plain kinds still work");
    }
}
