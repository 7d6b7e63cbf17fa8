package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.review.Comment;
import kg.kodeks.review.Decision;
import kg.kodeks.review.ReviewService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks review decide COMMENT --status accepted|partly|rejected --reason … [--by NAME]}. */
@Command(name = "decide", description = "Record the drafters' decision on a comment.")
final class ReviewDecideCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "COMMENT", description = "Comment id, as in r1-007.")
    String commentId;

    @Option(names = "--status", required = true, paramLabel = "accepted|partly|rejected")
    String status;

    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "Who decided (default: the system user).")
    String by;

    @Override
    int run(Workbench workbench) throws Exception {
        Decision decision = Decision.parse(status);
        if (decision == null) {
            throw new KodeksException(ReviewService.BUNDLE, "decision.bad", status);
        }
        Comment c = workbench.review().decide(commentId, decision, reason, by);
        if (global.json()) {
            printJson(ReviewJson.comment(c));
        } else {
            out().println(text("review.decided", c.id(), c.decision().code(), c.decidedBy()));
        }
        return ExitCodes.OK;
    }
}
