package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.drafts.CommitInfo;
import kg.kodeks.drafts.DraftRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kodeks draft commit -m MSG --author "Name <mail>"}: records the draft as a new version. */
@Command(name = "commit", description = "Record the current draft as a new version.")
final class DraftCommitCommand extends DraftBase {
    @Option(
            names = {"-m", "--message"},
            required = true,
            paramLabel = "MSG",
            description = "What changed and why.")
    String message;

    @Option(
            names = "--author",
            paramLabel = "\"Name <mail>\"",
            description = "Who made the change (default: git config user.name/user.email).")
    String author;

    @Override
    int run(Workbench workbench) throws Exception {
        DraftRepository repo = workbench.drafts().repository();
        CommitInfo commit = repo.commit(message, author(author, repo));
        if (global.json()) {
            printJson(commit);
        } else {
            out().println("[" + repo.branch() + " " + commit.shortId() + "] " + commit.subject());
        }
        return ExitCodes.OK;
    }
}
