package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.review.RoundSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kodeks review summary --round R [--json]}: counts by status, overdue, per author. */
@Command(name = "summary", description = "Summary of a round: counts by decision, overdue comments, per author.")
final class ReviewSummaryCommand extends BaseCommand {
    @Option(names = "--round", required = true, paramLabel = "R")
    String round;

    @Override
    int run(Workbench workbench) throws Exception {
        RoundSummary summary = workbench.review().summary(round);
        if (global.json()) {
            printJson(ReviewJson.summary(summary));
        } else {
            ReviewText.summary(summary, this);
        }
        return ExitCodes.OK;
    }
}
