package kg.kodeks.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root of the command tree; on its own it prints the usage. */
@Command(
        name = "kodeks",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Workbench for drafting the Code on Local Self-Government of the Kyrgyz Republic.",
        subcommands = {
            CorpusCommand.class,
            ImportCommand.class,
            IndexCommand.class,
            SearchCommand.class,
            SimilarCommand.class,
            FindingsCommand.class,
            BenchCommand.class,
            InitCommand.class,
            ServeCommand.class,
            UserCommand.class,
            DraftCommand.class,
            ReviewCommand.class,
            RenderCommand.class,
            TemplateCommand.class,
            DemoCommand.class,
        })
final class KodeksCommand implements Runnable {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: try kodeks demo, or kodeks --help");
    }
}
