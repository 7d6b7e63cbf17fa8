package kg.kodeks.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kodeks review …}: review rounds on the draft and the comments of the working group. */
@Command(
        name = "review",
        description = "Review rounds on the draft: comments, decisions, DOCX forms, summaries.",
        subcommands = {
            ReviewOpenCommand.class,
            ReviewAddCommand.class,
            ReviewDecideCommand.class,
            ReviewListCommand.class,
            ReviewSummaryCommand.class,
            ReviewImportCommand.class,
            ReviewFormCommand.class,
            ReviewCloseCommand.class
        })
final class ReviewCommand implements Runnable {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "missing review command: open, add, decide, list, summary, import, form or close");
    }
}
