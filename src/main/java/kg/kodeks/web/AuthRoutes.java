package kg.kodeks.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.users.User;

/** Login and logout. A login always starts a new session. */
final class AuthRoutes {
    private final Workbench workbench;
    private final Views views;
    private final Guard guard;

    AuthRoutes(Workbench workbench, Views views, Guard guard) {
        this.workbench = workbench;
        this.views = views;
        this.guard = guard;
    }

    void form(Context ctx) {
        show(ctx, null);
    }

    void login(Context ctx) throws KodeksException {
        String login = ctx.formParam("login");
        String password = ctx.formParam("password");
        Optional<User> user = login == null || password == null
                ? Optional.empty()
                : workbench.users().authenticate(login, password.toCharArray());
        if (user.isEmpty()) {
            ctx.status(401);
            show(ctx, "login.failed");
            return;
        }
        guard.start(ctx, user.get());
        String next = ctx.queryParam("next");
        ctx.redirect(next != null && next.startsWith("/") && !next.startsWith("//") ? next : "/");
    }

    void logout(Context ctx) {
        guard.end(ctx);
        ctx.redirect("/");
    }

    private void show(Context ctx, String error) {
        Map<String, Object> model = Page.model(ctx);
        model.put("error", error);
        model.put("next", ctx.queryParam("next"));
        views.show(ctx, "login", model);
    }
}
