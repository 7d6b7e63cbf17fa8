package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.review.Comment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kodeks review add --round R --unit ID --author "Name, Organisation" --text … [--proposal …]}. */
@Command(name = "add", description = "Add a comment on a unit of the round's draft version.")
final class ReviewAddCommand extends BaseCommand {
    @Option(names = "--round", required = true, paramLabel = "R")
    String round;

    @Option(
            names = "--unit",
            required = true,
            paramLabel = "ID",
            description = "Element id (art_12__para_2) or citation («ст. 12 ч. 2», «12-берене, 2-бөлүк»).")
    String unit;

    @Option(names = "--author", required = true, paramLabel = "\"Name, Organisation\"")
    String author;

    @Option(names = "--text", required = true, paramLabel = "TEXT")
    String commentText;

    @Option(names = "--proposal", paramLabel = "TEXT", description = "Proposed wording.")
    String proposal;

    @Override
    int run(Workbench workbench) throws Exception {
        Comment c = workbench.review().add(round, unit, author, commentText, proposal);
        if (global.json()) {
            printJson(ReviewJson.comment(c));
        } else {
            out().println(text("review.added", c.id(), c.unit(), c.authorLine()));
        }
        return ExitCodes.OK;
    }
}
