package kg.kodeks.cli;

import kg.kodeks.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kodeks draft push [REMOTE]}: sends the current branch and the tags to a shared repository. */
@Command(
        name = "push",
        description = "Send the current branch and the tags to a remote (a name such as origin, or a URL).")
final class DraftPushCommand extends DraftBase {
    @Parameters(
            index = "0",
            paramLabel = "REMOTE",
            defaultValue = "origin",
            description = "Remote name or URL (default origin).")
    String remote;

    @Override
    int run(Workbench workbench) throws Exception {
        var lines = workbench.drafts().push(remote);
        if (global.json()) {
            printJson(lines);
        } else {
            out().println(text("draft.push.done", remote));
            lines.forEach(l -> out().println("  " + l));
        }
        return ExitCodes.OK;
    }
}
