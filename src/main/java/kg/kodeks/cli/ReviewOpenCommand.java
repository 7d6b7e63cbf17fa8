package kg.kodeks.cli;

import java.time.LocalDate;
import kg.kodeks.Workbench;
import kg.kodeks.review.Round;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kodeks review open --version TAG --due DATE [--id R]}. */
@Command(name = "open", description = "Open a review round on a draft version.")
final class ReviewOpenCommand extends BaseCommand {
    @Option(names = "--version", required = true, paramLabel = "TAG", description = "Draft version: a tag or a commit.")
    String version;

    @Option(
            names = "--due",
            required = true,
            paramLabel = "YYYY-MM-DD",
            description = "Date by which comments are due.")
    LocalDate due;

    @Option(names = "--id", paramLabel = "R", description = "Round id (default: the next free r1, r2, …).")
    String id;

    @Override
    int run(Workbench workbench) throws Exception {
        Round round = workbench.review().open(version, due, id, global.language());
        if (global.json()) {
            printJson(ReviewJson.round(round));
        } else {
            out().println(text(
                    "review.opened", round.id(), round.version(), round.commit().substring(0, 7), round.due()));
        }
        return ExitCodes.OK;
    }
}
