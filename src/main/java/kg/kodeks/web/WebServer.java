package kg.kodeks.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;

/**
 * Builds the web application over a workbench; the caller starts and stops it. Errors become
 * HTTP statuses here and nowhere else: a user error is 400 with its message, an unknown page or
 * id 404, a refused request 403, anything else 500 without internals.
 */
public final class WebServer {
    /** Largest request accepted, uploads included. */
    public static final long MAX_REQUEST_BYTES = 20L * 1024 * 1024;

    private WebServer() {}

    /**
     * @param workbench the services
     * @param loginRequired true when the server is reachable from other machines
     */
    public static Javalin create(Workbench workbench, boolean loginRequired) {
        Views views = new Views();
        Guard guard = new Guard(new Sessions(), loginRequired);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/kg/kodeks/web/static";
                files.location = Location.CLASSPATH;
            });
        });
        app.before(guard::before);
        CorpusRoutes corpus = new CorpusRoutes(workbench, views);
        AuthRoutes auth = new AuthRoutes(workbench, views, guard);
        app.get("/", corpus::home);
        app.get("/acts", corpus::acts);
        app.get("/act", corpus::act);
        new DraftRoutes(workbench, views).register(app);
        app.get("/login", auth::form);
        app.post("/login", auth::login);
        app.post("/logout", auth::logout);
        SearchRoutes.register(app, workbench, views);
        FindingsRoutes.register(app, workbench, views, guard);
        ReviewRoutes review = new ReviewRoutes(workbench, views, guard);
        app.get("/review", review::index);
        app.post("/review/open", review::open);
        app.get("/review/round", review::round);
        app.post("/review/comment", review::add);
        app.post("/review/decide", review::decide);
        app.post("/review/import", review::importForm);
        DocumentRoutes documents = new DocumentRoutes(workbench, views);
        app.get("/documents", documents::page);
        app.post("/documents/render", documents::render);
        app.post("/documents/redline", documents::redline);
        app.get("/documents/templates", documents::templates);
        errors(app, views);
        return app;
    }

    /** True when an address is only reachable from this machine. */
    public static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void errors(Javalin app, Views views) {
        app.exception(KodeksException.class, (e, ctx) -> {
            Ui ui = ctx.attribute("ui");
            page(ctx, views, 400, e.localized(ui.locale()));
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            trace(e);
            page(ctx, views, e.getStatus(), null);
        });
        app.exception(Exception.class, (e, ctx) -> {
            trace(e);
            page(ctx, views, 500, null);
        });
        app.error(404, ctx -> page(ctx, views, 404, null));
    }

    /** With -Dkodeks.debug=true, errors behind error pages go to stderr for the administrator. */
    private static void trace(Exception e) {
        if (Boolean.getBoolean("kodeks.debug")) {
            e.printStackTrace();
        }
    }

    private static void page(Context ctx, Views views, int status, String message) {
        if (ctx.attribute("ui") == null || ctx.attribute("session") == null) {
            ctx.status(status).result(String.valueOf(status));
            return;
        }
        Map<String, Object> model = Page.model(ctx);
        model.put("status", status);
        model.put("message", message);
        ctx.status(status);
        try {
            views.show(ctx, "error", model);
        } catch (RuntimeException e) {
            // The error page itself failed: answer in plain text rather than fail again.
            trace(e);
            ctx.contentType("text/plain").result(status + (message == null ? "" : " " + message));
        }
    }
}
