package kg.kodeks.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kodeks draft ...}: the draft of the Code, its versions, comparison, lint and coverage. */
@Command(
        name = "draft",
        description = "The draft Code: versions in Git, article-level diff and history, lint, coverage.",
        subcommands = {
            DraftInitCommand.class,
            DraftStatusCommand.class,
            DraftCommitCommand.class,
            DraftLogCommand.class,
            DraftShowCommand.class,
            DraftDiffCommand.class,
            DraftTagCommand.class,
            DraftBranchCommand.class,
            DraftMergeCommand.class,
            DraftBlameCommand.class,
            DraftPushCommand.class,
            DraftPullCommand.class,
            DraftLintCommand.class,
            DraftCoverageCommand.class
        })
final class DraftCommand implements Runnable {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "missing draft command: try kodeks draft log, or kodeks draft --help");
    }
}
