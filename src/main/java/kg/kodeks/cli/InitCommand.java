package kg.kodeks.cli;

import java.nio.file.Path;
import kg.kodeks.Workbench;
import kg.kodeks.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kodeks init DIR}: a new workspace made from the bundled sample. */
@Command(
        name = "init",
        description = "Create a new workspace in DIR from the bundled sample (corpus, templates, documents, draft).")
final class InitCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The new workspace folder (must not exist or be empty).")
    Path target;

    @Override
    public Integer call() throws Exception {
        Workspace sample = sample();
        try (Workbench created = Workbench.init(sample, target)) {
            out().println(text("init.done", created.workspace().root()));
        }
        return ExitCodes.OK;
    }

    @Override
    int run(Workbench workbench) {
        throw new IllegalStateException("init works without an open workspace");
    }

    private Workspace sample() throws kg.kodeks.error.KodeksException {
        Path bundled = Main.bundledSample();
        return Workspace.choose(bundled, Path.of("").toAbsolutePath(), bundled);
    }
}
