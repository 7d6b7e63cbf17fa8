package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kg.kodeks.Workbench;
import kg.kodeks.reliability.Attempts;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web workbench against a hostile visitor, on a copy of the sample workspace with its draft
 * history: forged state changes, paths out of the workspace, and pages without a login when the
 * server is reachable from other machines.
 */
class WebSecurityTest {
    /** Every route that changes something, with a form that would be accepted with the token. */
    private static final Map<String, Map<String, String>> STATE_CHANGES = Map.of(
            "/draft/commit", Map.of("message", "forged"),
            "/findings/x/decide", Map.of("status", "confirmed", "reason", "forged"),
            "/review/open", Map.of("version", "v2-iwg", "due", "2030-01-01", "lang", "rus"),
            "/review/comment", Map.of("round", "r1", "unit", "art_5", "text", "forged"),
            "/review/decide", Map.of("comment", "r1-001", "status", "accepted", "reason", "forged"),
            "/review/import", Map.of("round", "r1"),
            "/documents/render", Map.of("kind", "press-release", "lang", "rus", "source", "sample"),
            "/documents/redline", Map.of("from", "v1-concept", "to", "v3-after-meeting", "lang", "rus"),
            "/logout", Map.of());

    /** Every page family, for the login check. */
    private static final List<String> PAGES = List.of(
            "/",
            "/search?q=бюджет",
            "/acts",
            "/act?id=/akn/kg/act/law/2011-07-15/101/rus",
            "/findings",
            "/draft",
            "/draft/history",
            "/draft/diff",
            "/draft/coverage",
            "/draft/lint",
            "/review",
            "/documents",
            "/documents/templates",
            "/similar?id=x&eid=y");

    @TempDir
    static Path dir;

    static Workbench workbench;
    static Javalin open;
    static Javalin guarded;

    @BeforeAll
    static void start() throws Exception {
        workbench = Workbench.init(new Workspace(Path.of("").toAbsolutePath(), true), dir.resolve("ws"));
        Files.writeString(
                workbench.workspace().drafts().resolve("code.rus.md"),
                "\nA change a forged form would commit.\n",
                java.nio.file.StandardOpenOption.APPEND);
        open = WebServer.create(workbench, false).start("127.0.0.1", 0);
        guarded = WebServer.create(workbench, true).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        open.stop();
        guarded.stop();
        workbench.close();
    }

    @Test
    void everyStateChangeWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        WebClient client = new WebClient(open.port());
        client.get("/draft");
        Map<String, String> before = snapshot(workbench.workspace().root());
        for (var change : STATE_CHANGES.entrySet()) {
            Map<String, String> forged = new java.util.HashMap<>(change.getValue());
            forged.put("csrf", "forged-token");
            HttpResponse<String> response = client.post(change.getKey(), forged);
            assertEquals(403, response.statusCode(), change.getKey() + " without the page's token");
        }
        assertEquals(before, snapshot(workbench.workspace().root()), "no file of the workspace changed");
    }

    @Test
    void noPathInARequestReachesOutsideTheWorkspace() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + open.port();
        for (String path : List.of(
                "/static/../../../pom.xml",
                "/static/%2e%2e/%2e%2e/%2e%2e/pom.xml",
                "/static/..%2f..%2f..%2fpom.xml",
                "/act?id=../../../pom.xml",
                "/act?id=%2Fetc%2Fpasswd",
                "/review/round?id=../../drafts",
                "/draft/diff?from=../../../etc&to=HEAD",
                "/draft/article?id=../../pom.xml",
                "/similar?id=../../pom.xml&eid=x",
                "/findings/..%2F..%2Fpom.xml")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(
                    response.statusCode() == 400 || response.statusCode() == 404, path + " → " + response.statusCode());
            assertFalse(
                    response.body().contains("<artifactId>") || response.body().contains("root:x:0:0"),
                    path + " shows a file from outside the workspace");
        }
    }

    @Test
    void offLoopbackEveryPageAsksForALoginFirst() throws Exception {
        WebClient client = new WebClient(guarded.port());
        for (String page : PAGES) {
            HttpResponse<String> response = client.get(page);
            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElse("").startsWith("/login"), page);
        }
        for (String change : STATE_CHANGES.keySet()) {
            int status = client.post(change, Map.of()).statusCode();
            assertTrue(status == 302 || status == 403, change + " → " + status);
        }
    }

    /** The workspace's files by hash; the search index and caches may be rebuilt by any page. */
    private static Map<String, String> snapshot(Path root) {
        Map<String, String> hashes = new java.util.TreeMap<>(Attempts.snapshot(root));
        hashes.keySet().removeIf(name -> name.startsWith(".kodeks"));
        return hashes;
    }
}
