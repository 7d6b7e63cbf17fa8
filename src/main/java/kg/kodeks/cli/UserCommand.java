package kg.kodeks.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.users.Role;
import kg.kodeks.users.User;
import kg.kodeks.users.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks user add|list}: the people who may log in to the web workbench. */
@Command(
        name = "user",
        description = "Manage users of the web workbench.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class})
final class UserCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: add or list");
    }

    /** Adds a user or replaces the password and role of an existing one. */
    @Command(
            name = "add",
            description = "Add a user (or change one); the password is read from the terminal or --password-stdin.")
    static final class Add extends BaseCommand {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Option(names = "--role", required = true, description = "expert, drafter, secretariat or admin")
        String role;

        @Option(names = "--name", description = "Full name (used as Git author).")
        String fullName;

        @Option(names = "--email", description = "E-mail (used as Git author).")
        String email;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        int run(Workbench workbench) throws Exception {
            workbench.workspace().requireWritable("add users");
            Role parsed;
            try {
                parsed = Role.parse(role);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            char[] password = password();
            try {
                workbench.users().put(login, fullName, email, parsed, password);
            } finally {
                Arrays.fill(password, ' ');
            }
            out().println(text("user.added", login, parsed.code()));
            return ExitCodes.OK;
        }

        private char[] password() throws Exception {
            if (passwordStdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new KodeksException("kg.kodeks.users.messages", "users.noPassword");
                }
                return line.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new KodeksException("kg.kodeks.users.messages", "users.noPassword");
            }
            char[] first = console.readPassword("%s: ", text("user.password"));
            char[] second = console.readPassword("%s: ", text("user.passwordAgain"));
            if (first == null || !Arrays.equals(first, second)) {
                throw new KodeksException("kg.kodeks.users.messages", "users.noPassword");
            }
            return first;
        }
    }

    /** Lists users and roles, never hashes. */
    @Command(name = "list", description = "List the users and their roles.")
    static final class ListUsers extends BaseCommand {
        @Override
        int run(Workbench workbench) throws Exception {
            Users users = workbench.users();
            for (User user : users.all()) {
                out().printf("%-16s %-12s %s%n", user.login(), user.role().code(), user.author());
            }
            return ExitCodes.OK;
        }
    }
}
