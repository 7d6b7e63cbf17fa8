package kg.kodeks.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import kg.kodeks.users.Role;
import kg.kodeks.users.User;

/**
 * Runs before every request: security headers, the session cookie, login when the server is
 * reachable from other machines, and the CSRF token on every request that changes something.
 */
final class Guard {
    static final String SESSION_COOKIE = "kodeks_session";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    private static final Set<String> OPEN_PATHS = Set.of("/login", "/static/kodeks.css", "/static/kodeks.js");

    private final Sessions sessions;
    private final boolean loginRequired;

    Guard(Sessions sessions, boolean loginRequired) {
        this.sessions = sessions;
        this.loginRequired = loginRequired;
    }

    void before(Context ctx) {
        headers(ctx);
        ctx.attribute("ui", Ui.of(ctx));
        Session session = sessions.find(ctx.cookie(SESSION_COOKIE), System.currentTimeMillis())
                .orElseGet(() -> start(ctx, null));
        ctx.attribute("session", session);
        if (changesState(ctx) && !csrfMatches(ctx, session)) {
            throw new ForbiddenResponse("csrf");
        }
        if (loginRequired && session.user() == null && !OPEN_PATHS.contains(ctx.path())) {
            if (ctx.method() == HandlerType.GET) {
                ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
                ctx.skipRemainingHandlers();
            } else {
                throw new ForbiddenResponse("login");
            }
        }
    }

    /** Starts a fresh session (at first visit, and again at login against session fixation). */
    Session start(Context ctx, User user) {
        Session old = ctx.attribute("session");
        if (old != null) {
            sessions.remove(old.id());
        }
        Session session = sessions.create(user, System.currentTimeMillis());
        ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict");
        ctx.attribute("session", session);
        return session;
    }

    void end(Context ctx) {
        Session session = ctx.attribute("session");
        if (session != null) {
            sessions.remove(session.id());
        }
        ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    }

    /** Refuses the request unless the logged-in user (if login is on) has one of the roles. */
    void require(Context ctx, Role... roles) {
        if (!loginRequired) {
            return;
        }
        User user = session(ctx).user();
        if (user == null) {
            throw new ForbiddenResponse("login");
        }
        if (user.role() == Role.ADMIN) {
            return;
        }
        for (Role role : roles) {
            if (user.role() == role) {
                return;
            }
        }
        throw new ForbiddenResponse("role");
    }

    static Session session(Context ctx) {
        return ctx.attribute("session");
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }

    private static boolean changesState(Context ctx) {
        HandlerType m = ctx.method();
        return m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.DELETE || m == HandlerType.PATCH;
    }

    private static boolean csrfMatches(Context ctx, Session session) {
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null) {
            sent = ctx.formParam("csrf");
        }
        return sent != null
                && MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.UTF_8),
                        session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }
}
