package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.drafts.DraftRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks draft pull [REMOTE]}: fetches the current branch from a remote and merges it. */
@Command(
        name = "pull",
        description = "Fetch the current branch from a remote and merge it; conflicts are listed per article.")
final class DraftPullCommand extends DraftBase {
    @Parameters(
            index = "0",
            paramLabel = "REMOTE",
            defaultValue = "origin",
            description = "Remote name or URL (default origin).")
    String remote;

    @Option(
            names = "--author",
            paramLabel = "\"Name <mail>\"",
            description = "Who merges, when a merge commit is needed.")
    String author;

    @Override
    int run(Workbench workbench) throws Exception {
        DraftRepository repo = workbench.drafts().repository();
        return printMerge(workbench
                .drafts()
                .pull(remote, author == null ? repo.authorOrDefault() : DraftRepository.person(author)));
    }
}
