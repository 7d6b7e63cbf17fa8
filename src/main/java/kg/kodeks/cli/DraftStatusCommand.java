package kg.kodeks.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kodeks.Workbench;
import kg.kodeks.drafts.CommitInfo;
import kg.kodeks.drafts.Comparison;
import kg.kodeks.drafts.DraftRepository;
import picocli.CommandLine.Command;

/** {@code kodeks draft status}: the branch, the last version, changed files and articles, locks. */
@Command(
        name = "status",
        description = "Show the branch, the last version, uncommitted files and articles, and lock files.")
final class DraftStatusCommand extends DraftBase {
    @Override
    int run(Workbench workbench) throws Exception {
        DraftRepository repo = workbench.drafts().repository();
        List<CommitInfo> last = repo.log(1);
        Map<String, List<String>> files = repo.changedFiles();
        Comparison articles = last.isEmpty() ? null : workbench.drafts().uncommitted(language());
        List<String> locks = repo.locks().stream()
                .map(p -> repo.dir().relativize(p).toString())
                .toList();
        if (global.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("branch", repo.branch());
            json.put("head", last.isEmpty() ? null : last.get(0));
            json.put("files", files);
            json.put("changes", articles == null ? List.of() : articles.changes());
            json.put("locks", locks);
            printJson(json);
            return ExitCodes.OK;
        }
        out().println(text("draft.status.branch", repo.branch()));
        last.forEach(this::printCommit);
        if (files.isEmpty()) {
            out().println(text("draft.status.clean"));
        }
        files.forEach((kind, names) -> names.forEach(n -> out().println("  " + kind + ": " + n)));
        if (articles != null && !articles.changes().isEmpty()) {
            printComparison(articles);
        }
        locks.forEach(l -> out().println(text("draft.status.lock", l)));
        return ExitCodes.OK;
    }
}
