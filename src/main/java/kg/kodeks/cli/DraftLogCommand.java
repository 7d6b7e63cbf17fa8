package kg.kodeks.cli;

import java.util.List;
import kg.kodeks.Workbench;
import kg.kodeks.drafts.HistoryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kodeks draft log [--article ID]}: the versions, or the history of one article. */
@Command(
        name = "log",
        description = "List the versions, newest first; with --article, the history of one article across renumbering.")
final class DraftLogCommand extends DraftBase {
    @Option(names = "--article", paramLabel = "ID", description = "An article at HEAD: art_12 or 12.")
    String article;

    @Option(
            names = {"-n", "--max-count"},
            paramLabel = "N",
            description = "Show at most N versions.")
    int limit;

    @Override
    int run(Workbench workbench) throws Exception {
        if (article == null) {
            var commits = workbench.drafts().repository().log(limit);
            if (global.json()) {
                printJson(commits);
            } else {
                commits.forEach(this::printCommit);
            }
            return ExitCodes.OK;
        }
        List<HistoryEntry> history = workbench.drafts().history(article, language());
        if (global.json()) {
            printJson(history);
            return ExitCodes.OK;
        }
        for (HistoryEntry e : history) {
            printCommit(e.commit());
            String number = e.oldNumber() == null || e.oldNumber().equals(e.number())
                    ? e.number()
                    : e.oldNumber() + " → " + e.number();
            out().println("            " + text("draft.kind." + e.kind()) + " " + text("draft.unit.article") + " "
                    + number);
            if (!e.words().isEmpty()) {
                out().println("            " + words(e.words()));
            }
        }
        return ExitCodes.OK;
    }
}
