package kg.kodeks.cli;

import java.util.List;
import java.util.Map;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.review.Decision;
import kg.kodeks.review.ListedComment;
import kg.kodeks.review.ReviewService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kodeks review list [--round R] [--status …] [--article N] [--json]}. */
@Command(
        name = "list",
        description = "List comments with their decisions and where their units stand in the newest version.")
final class ReviewListCommand extends BaseCommand {
    @Option(names = "--round", paramLabel = "R")
    String round;

    @Option(names = "--status", paramLabel = "open|accepted|partly|rejected")
    String status;

    @Option(names = "--article", paramLabel = "N", description = "Only comments on article N of the newest version.")
    String article;

    @Override
    int run(Workbench workbench) throws Exception {
        Decision decision = null;
        if (status != null) {
            decision = Decision.parse(status);
            if (decision == null) {
                throw new KodeksException(ReviewService.BUNDLE, "decision.bad", status);
            }
        }
        List<ListedComment> listed = workbench.review().list(new ReviewService.Filter(round, decision, article));
        if (global.json()) {
            printJson(Map.of("comments", listed.stream().map(ReviewJson::listed).toList()));
            return ExitCodes.OK;
        }
        if (listed.isEmpty()) {
            out().println(text("review.none"));
        }
        for (ListedComment l : listed) {
            out().println(ReviewText.line(l, this));
        }
        return ExitCodes.OK;
    }
}
