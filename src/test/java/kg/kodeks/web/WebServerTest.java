package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kg.kodeks.Workbench;
import kg.kodeks.users.Role;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebServerTest {
    private static final String ACT = """
            ---
            id: /akn/kg/act/law/2011-07-15/101
            title: О местном самоуправлении
            lang: rus
            ---
            Глава 1. Общие положения
            Статья 1. Понятия
            1. Органы местного самоуправления действуют <script>alert(1)</script> в пределах полномочий.
            Статья 2. Утратила силу
            """;

    @TempDir
    Path dir;

    static {
        System.setProperty("kodeks.debug", "true");
    }

    private Javalin app;
    private Workbench workbench;

    private WebClient start(boolean loginRequired) throws Exception {
        Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(dir.resolve("corpus/lsg.rus.md"), ACT);
        workbench = Workbench.open(new Workspace(dir, false));
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

    @Test
    void showsAnActWithAnchorsRepealedUnitsAndEscapedText() throws Exception {
        WebClient client = start(false);
        HttpResponse<String> page = client.get("/act?id=%2Fakn%2Fkg%2Fact%2Flaw%2F2011-07-15%2F101%2Frus");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").contains("charset=utf-8"));
        assertTrue(page.body().contains("id=\"chp_1__art_1__para_1\""), "every unit has an anchor");
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "corpus text is escaped");
        assertFalse(page.body().contains("<script>alert(1)"));
        assertTrue(page.body().contains("unit article depth-1 repealed"), "repealed units are marked");
        assertTrue(page.body().contains("часть 1 статьи 1 Закона Кыргызской Республики"), "citation to copy");
    }

    @Test
    void sendsSecurityHeadersAndAStrictSessionCookie() throws Exception {
        WebClient client = start(false);
        HttpResponse<String> home = client.get("/");
        assertTrue(
                home.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        String cookie = home.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Guard.SESSION_COOKIE))
                .findFirst()
                .orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void refusesAStateChangeWithoutTheCsrfToken() throws Exception {
        WebClient client = start(false);
        client.get("/login");
        assertEquals(403, client.post("/logout", Map.of("csrf", "forged")).statusCode());
        assertEquals(302, client.post("/logout", Map.of()).statusCode(), "with the page's token it works");
    }

    @Test
    void unknownIdsGiveA404PageInTheUsersLanguage() throws Exception {
        WebClient client = start(false);
        HttpResponse<String> ky = client.get("/act?id=nope&ui=ky");
        assertEquals(404, ky.statusCode());
        assertTrue(ky.body().contains("Барак табылган жок"), ky.body());
        HttpResponse<String> en = client.get("/no/such/page?ui=en");
        assertEquals(404, en.statusCode());
        assertTrue(en.body().contains("Page not found"));
    }

    @Test
    void requiresLoginOffLoopbackAndStartsANewSessionAtLogin() throws Exception {
        WebClient client = start(true);
        workbench
                .users()
                .put("aida", "Аида Токтосунова", "aida@example.kg", Role.DRAFTER, "long-password".toCharArray());
        HttpResponse<String> home = client.get("/");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").startsWith("/login"));
        HttpResponse<String> form = client.get("/login");
        String before = sessionCookie(form);
        assertEquals(
                401,
                client.post("/login", Map.of("login", "aida", "password", "wrong"))
                        .statusCode());
        HttpResponse<String> ok = client.post("/login", Map.of("login", "aida", "password", "long-password"));
        assertEquals(302, ok.statusCode());
        String after = sessionCookie(ok);
        assertFalse(after.isEmpty());
        assertNotEquals(before, after, "a login never keeps the session id it was given");
        HttpResponse<String> page = client.get("/acts");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Аида Токтосунова"));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Guard.SESSION_COOKIE + "="))
                .findFirst()
                .orElse("");
    }
}
