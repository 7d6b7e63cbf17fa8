package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.drafts.CommitInfo;
import kg.kodeks.drafts.DraftRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks draft tag NAME [REV]}: names a version. */
@Command(name = "tag", description = "Name a version with a tag (annotated, as git tag -a does).")
final class DraftTagCommand extends DraftBase {
    @Parameters(index = "0", paramLabel = "NAME", description = "The tag, e.g. v4-public-discussion.")
    String name;

    @Parameters(
            index = "1",
            paramLabel = "REV",
            defaultValue = "HEAD",
            description = "The version to name (default HEAD).")
    String rev;

    @Option(names = "--author", paramLabel = "\"Name <mail>\"", description = "Who names it (default: git config).")
    String author;

    @Override
    int run(Workbench workbench) throws Exception {
        DraftRepository repo = workbench.drafts().repository();
        CommitInfo tagged = repo.tag(name, rev, author == null ? null : DraftRepository.person(author));
        if (global.json()) {
            printJson(tagged);
        } else {
            out().println(text("draft.tag.done", name, tagged.shortId()));
        }
        return ExitCodes.OK;
    }
}
