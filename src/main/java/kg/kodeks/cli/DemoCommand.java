package kg.kodeks.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.kodeks.Workbench;
import kg.kodeks.workspace.Workspace;
import kg.kodeks.workspace.WorkspaceInit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kodeks demo}: every capability on a fresh copy of the bundled sample, with what each
 * produced written to {@code out/} and named on the terminal.
 */
@Command(
        name = "demo",
        description = "Run every capability on a fresh copy of the sample workspace; outputs go to out/.")
final class DemoCommand extends BaseCommand {
    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where to write the outputs (default: out/ of the Kodeks folder).")
    Path outDir;

    @Override
    public Integer call() throws Exception {
        Workspace sample = Workspace.choose(Main.bundledSample(), Path.of("").toAbsolutePath(), Main.bundledSample());
        Path out = (outDir != null ? outDir : sample.root().resolve("out"))
                .toAbsolutePath()
                .normalize();
        Path copy = out.resolve("workspace");
        WorkspaceInit.deleteTree(copy);
        Files.createDirectories(out);
        out().println(text("demo.start", copy));
        try (Workbench workbench = Workbench.init(sample, copy)) {
            for (DemoStep step : steps()) {
                String produced = step.run(workbench, out, this);
                out().println(text("demo.step", step.name(), produced));
                out().flush();
            }
        }
        out().println(text("demo.done", out));
        return ExitCodes.OK;
    }

    @Override
    int run(Workbench workbench) {
        throw new IllegalStateException("demo opens its own workspace");
    }

    /** The demo's parts, in the order a newcomer should see them. */
    private static List<DemoStep> steps() {
        return List.of(
                new DemoSteps.Import(),
                new DemoSteps.Corpus(),
                new DemoSteps.Search(),
                new DemoSteps.Findings(),
                new DemoSteps.DraftLog(),
                new DemoSteps.DraftDiff(),
                new DemoSteps.DraftLint(),
                new DemoSteps.DraftCoverage(),
                new DemoSteps.Review(),
                new DemoSteps.Documents());
    }
}
