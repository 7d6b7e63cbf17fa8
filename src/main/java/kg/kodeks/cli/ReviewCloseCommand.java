package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.review.Round;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kodeks review close --round R}: the round takes no more comments. */
@Command(name = "close", description = "Close a review round: no more comments, decisions still possible.")
final class ReviewCloseCommand extends BaseCommand {
    @Option(names = "--round", required = true, paramLabel = "R")
    String round;

    @Override
    int run(Workbench workbench) throws Exception {
        Round closed = workbench.review().close(round);
        out().println(text("review.closed", closed.id()));
        return ExitCodes.OK;
    }
}
