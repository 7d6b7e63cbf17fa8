package kg.kodeks.cli;

import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.kodeks.error.KodeksException;
import kg.kodeks.error.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The entry point. Builds the command tree with one shared set of global options, runs it, and
 * maps what went wrong to exit codes — here and nowhere else: a {@link KodeksException} or bad
 * arguments are the user's to fix (exit 1, message only), anything else is ours (exit 2, stack
 * trace with --debug).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line with the given writers; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        GlobalOptions global = new GlobalOptions();
        CommandLine cli = new CommandLine(KodeksCommand.class, new SharedOptionsFactory(global));
        withHelp(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ParameterException e, String[] a) -> {
            err.println(Messages.format(global.uiLocale(), BaseCommand.BUNDLE, "error.usage", e.getMessage()));
            err.flush();
            return ExitCodes.USER_ERROR;
        });
        cli.setExecutionExceptionHandler((Exception e, CommandLine cmd, ParseResult parsed) -> report(e, global, err));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int report(Exception e, GlobalOptions global, PrintWriter err) {
        KodeksException userError = userError(e);
        if (userError != null) {
            err.println(Messages.format(
                    global.uiLocale(), BaseCommand.BUNDLE, "error.user", userError.localized(global.uiLocale())));
            if (global.debug()) {
                userError.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.USER_ERROR;
        }
        err.println(Messages.format(global.uiLocale(), BaseCommand.BUNDLE, "error.internal", String.valueOf(e)));
        if (global.debug()) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static KodeksException userError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KodeksException k) {
                return k;
            }
        }
        return null;
    }

    /**
     * The root of the bundled sample workspace: the Kodeks checkout, given by the launcher as
     * {@code -Dkodeks.home}; else the current folder when it is the checkout (as in tests).
     */
    static Path bundledSample() {
        String home = System.getProperty("kodeks.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        Path current = Path.of("").toAbsolutePath();
        return Files.isRegularFile(current.resolve("pom.xml")) && Files.isDirectory(current.resolve("corpus"))
                ? current
                : null;
    }

    /** Creates commands and gives each the one shared {@link GlobalOptions} as its mixin. */
    private record SharedOptionsFactory(GlobalOptions global) implements IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            K instance = CommandLine.defaultFactory().create(type);
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.getType() == GlobalOptions.class) {
                        field.setAccessible(true);
                        field.set(instance, global);
                    }
                }
            }
            return instance;
        }
    }

    /** {@code --help} and {@code --version} on every subcommand, not only on {@code kodeks} itself. */
    private static void withHelp(CommandLine cli) {
        cli.getCommandSpec().mixinStandardHelpOptions(true);
        cli.getSubcommands().values().forEach(Main::withHelp);
    }
}
