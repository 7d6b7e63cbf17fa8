package kg.kodeks.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import kg.kodeks.Workbench;
import kg.kodeks.drafts.CommitInfo;
import kg.kodeks.drafts.Comparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kodeks draft show REV}: one version and what it changed, article by article. */
@Command(name = "show", description = "Show one version and its article-level changes against the version before it.")
final class DraftShowCommand extends DraftBase {
    @Parameters(
            index = "0",
            paramLabel = "REV",
            defaultValue = "HEAD",
            description = "Commit, tag or branch (default HEAD).")
    String rev;

    @Override
    int run(Workbench workbench) throws Exception {
        var repo = workbench.drafts().repository();
        CommitInfo info = repo.info(repo.commit(rev));
        Comparison changes = workbench.drafts().show(rev, language());
        if (global.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("commit", info);
            json.put("changes", changes.changes());
            printJson(json);
            return ExitCodes.OK;
        }
        printCommit(info);
        out().println();
        info.message().lines().forEach(l -> out().println("    " + l));
        out().println();
        printComparison(changes);
        return ExitCodes.OK;
    }
}
