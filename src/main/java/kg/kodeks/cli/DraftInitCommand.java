package kg.kodeks.cli;

import java.nio.file.Path;
import java.util.List;
import kg.kodeks.Workbench;
import kg.kodeks.drafts.CommitInfo;
import kg.kodeks.workspace.Workspace;
import picocli.CommandLine.Command;

/** {@code kodeks draft init}: makes drafts/ of this workspace a Git repository with the sample history. */
@Command(
        name = "init",
        description = "Make drafts/ a Git repository holding the sample draft and its history (three tagged versions).")
final class DraftInitCommand extends DraftBase {
    @Override
    int run(Workbench workbench) throws Exception {
        Path bundled = Main.bundledSample();
        Workspace sample = Workspace.choose(bundled, Path.of("").toAbsolutePath(), bundled);
        List<CommitInfo> commits = workbench.drafts().init(sample);
        if (global.json()) {
            printJson(commits);
            return ExitCodes.OK;
        }
        out().println(text("draft.init.done", workbench.workspace().drafts(), commits.size()));
        commits.forEach(this::printCommit);
        return ExitCodes.OK;
    }
}
