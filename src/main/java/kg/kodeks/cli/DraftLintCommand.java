package kg.kodeks.cli;

import java.util.List;
import java.util.Locale;
import kg.kodeks.Workbench;
import kg.kodeks.error.Problem;
import picocli.CommandLine.Command;

/** {@code kodeks draft lint}: numbering, empty units, dangling references, ky/ru mismatch, unknown sources. */
@Command(
        name = "lint",
        description =
                "Check the draft: numbering, empty units, dangling references, Kyrgyz/Russian mismatch, unknown sources.")
final class DraftLintCommand extends DraftBase {
    @Override
    int run(Workbench workbench) throws Exception {
        List<Problem> problems = workbench.drafts().lint(workbench.corpus().corpus());
        Locale locale = global.uiLocale();
        if (global.json()) {
            printJson(problems.stream()
                    .map(p -> new Row(p.file(), p.line(), p.severity(), p.message(locale)))
                    .toList());
        } else {
            problems.forEach(p -> out().println(p.severity() + " " + p.describe(locale)));
            out().println(text(
                    "draft.lint.summary",
                    problems.stream().filter(Problem::isError).count(),
                    problems.stream().filter(p -> !p.isError()).count()));
        }
        return problems.stream().anyMatch(Problem::isError) ? ExitCodes.USER_ERROR : ExitCodes.OK;
    }

    record Row(String file, int line, String severity, String message) {}
}
