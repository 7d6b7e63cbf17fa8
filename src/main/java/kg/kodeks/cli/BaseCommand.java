package kg.kodeks.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.error.Messages;
import kg.kodeks.workspace.Workspace;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the global options, its output writers, the workspace and the
 * facade. A command implements {@link #run(Workbench)} and returns an exit code.
 */
abstract class BaseCommand implements Callable<Integer> {
    static final String BUNDLE = "kg.kodeks.cli.messages";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Workbench workbench = Workbench.open(workspace())) {
            return run(workbench);
        }
    }

    /** The command's work; returns the exit code. */
    abstract int run(Workbench workbench) throws Exception;

    Workspace workspace() throws KodeksException {
        return Workspace.choose(global.workspace(), Path.of("").toAbsolutePath(), Main.bundledSample());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A message of the CLI bundle in the user's language. */
    String text(String key, Object... args) {
        return Messages.format(global.uiLocale(), BUNDLE, key, args);
    }

    /** Prints a value as indented JSON. */
    void printJson(Object value) throws java.io.IOException {
        out().println(JSON.writeValueAsString(value));
        out().flush();
    }

    static ObjectMapper json() {
        return JSON;
    }
}
