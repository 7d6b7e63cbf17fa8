package kg.kodeks.cli;

import io.javalin.Javalin;
import java.util.concurrent.CountDownLatch;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kodeks serve}: the web workbench for people who never open a terminal. */
@Command(name = "serve", description = "Serve the web workbench (127.0.0.1 by default; other addresses require login).")
final class ServeCommand extends BaseCommand {
    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Override
    int run(Workbench workbench) throws Exception {
        boolean loginRequired = !WebServer.isLoopback(bind);
        if (loginRequired && workbench.users().isEmpty()) {
            throw new KodeksException(BUNDLE, "serve.noUsers", bind);
        }
        Javalin app = WebServer.create(workbench, loginRequired).start(bind, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        out().println(text(
                loginRequired ? "serve.loginOn" : "serve.started",
                "http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + app.port() + "/",
                workbench.workspace().root()));
        if (workbench.workspace().bundledSample()) {
            // The sample is never written to: pages that record (commits, comments) need a workspace of one's own.
            out().println(text("serve.readOnlySample"));
        }
        out().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
