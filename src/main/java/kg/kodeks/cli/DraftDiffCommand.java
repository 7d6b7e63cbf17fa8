package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.drafts.Comparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kodeks draft diff A B}: article-level changes between two versions. */
@Command(
        name = "diff",
        description =
                "Compare two versions article by article: added, removed, modified (word level), moved, renumbered.")
final class DraftDiffCommand extends DraftBase {
    @Parameters(index = "0", paramLabel = "A", description = "The older version: commit, tag, branch or \"working\".")
    String from;

    @Parameters(
            index = "1",
            paramLabel = "B",
            defaultValue = "working",
            description = "The newer version (default: the working copy).")
    String to;

    @Override
    int run(Workbench workbench) throws Exception {
        Comparison comparison = workbench.drafts().diff(from, to, language());
        if (global.json()) {
            printJson(comparison);
        } else {
            printComparison(comparison);
        }
        return ExitCodes.OK;
    }
}
