package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.drafts.DraftRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks draft branch [NAME] [--switch]}: lists branches, creates one, or switches to one. */
@Command(
        name = "branch",
        description = "List branches; with NAME create one at HEAD; with --switch also make it current.")
final class DraftBranchCommand extends DraftBase {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The branch to create or switch to.")
    String name;

    @Option(names = "--switch", description = "Make the branch current (the working copy must be committed).")
    boolean switchTo;

    @Override
    int run(Workbench workbench) throws Exception {
        DraftRepository repo = workbench.drafts().repository();
        if (name != null) {
            repo.branch(name, switchTo);
            if (!global.json()) {
                out().println(text(switchTo ? "draft.branch.switched" : "draft.branch.created", name));
            }
        }
        if (global.json()) {
            printJson(repo.branches());
        } else if (name == null) {
            repo.branches().forEach(out()::println);
        }
        return ExitCodes.OK;
    }
}
