package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.drafts.Coverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kodeks draft coverage}: which norms of each act the Code absorbs, and which acts could be repealed. */
@Command(
        name = "coverage",
        description =
                "The consolidation ledger: norms of each act absorbed by the Code, those not yet covered, acts fully absorbed.")
final class DraftCoverageCommand extends DraftBase {
    @Option(names = "--uncovered", description = "List the norms not yet covered.")
    boolean listUncovered;

    @Override
    int run(Workbench workbench) throws Exception {
        Coverage.Report report = workbench.drafts().coverage(workbench.corpus().corpus(), language());
        if (global.json()) {
            printJson(report);
            return ExitCodes.OK;
        }
        for (Coverage.ActRow act : report.acts()) {
            out().printf(
                            "%5.1f%%  %3d/%-3d  %s  %s%n",
                            act.percent(), act.covered(), act.norms(), act.id(), act.title());
            if (listUncovered && !act.uncovered().isEmpty()) {
                out().println("        " + text("draft.coverage.uncovered") + " " + String.join(", ", act.uncovered()));
            }
        }
        out().println(text("draft.coverage.total", report.percent(), report.covered(), report.norms()));
        out().println(text(
                "draft.coverage.candidates",
                report.repealCandidates().isEmpty() ? "—" : String.join(", ", report.repealCandidates())));
        return ExitCodes.OK;
    }
}
