package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.drafts.DraftRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks draft merge REV}: merges a branch or version; conflicts are reported per article. */
@Command(
        name = "merge",
        description =
                "Merge a branch or version into the current branch; conflicts are listed per article and nothing is changed.")
final class DraftMergeCommand extends DraftBase {
    @Parameters(index = "0", paramLabel = "REV", description = "The branch, tag or commit to merge.")
    String rev;

    @Option(names = "--author", paramLabel = "\"Name <mail>\"", description = "Who merges (default: git config).")
    String author;

    @Override
    int run(Workbench workbench) throws Exception {
        DraftRepository repo = workbench.drafts().repository();
        return printMerge(workbench.drafts().merge(rev, author(author, repo)));
    }
}
