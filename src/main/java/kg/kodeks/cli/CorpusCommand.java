package kg.kodeks.cli;

import java.util.List;
import java.util.Locale;
import kg.kodeks.Workbench;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Act;
import picocli.CommandLine.Command;

/** {@code kodeks corpus}: the acts of the workspace with their counts and the problems found. */
@Command(
        name = "corpus",
        description = "List the acts of the corpus with counts of articles and norms, and the problems found.")
final class CorpusCommand extends BaseCommand {

    record ActRow(String id, String lang, String title, String status, int articles, int norms) {
        static ActRow of(Act act) {
            return new ActRow(
                    act.meta().work().uri(),
                    act.meta().language().code(),
                    act.meta().title(),
                    act.meta().status().code(),
                    act.articleCount(),
                    act.norms().size());
        }
    }

    record ProblemRow(String file, int line, String message) {
        static ProblemRow of(Problem problem, Locale locale) {
            return new ProblemRow(problem.file(), problem.line(), problem.message(locale));
        }
    }

    record Listing(List<ActRow> acts, List<ProblemRow> errors, List<ProblemRow> warnings) {}

    @Override
    int run(Workbench workbench) throws Exception {
        CorpusReader.Result result = workbench.corpus();
        Locale locale = global.uiLocale();
        List<ActRow> acts = result.corpus().acts().stream().map(ActRow::of).toList();
        Listing listing = new Listing(
                acts,
                result.problems().stream()
                        .filter(Problem::isError)
                        .map(p -> ProblemRow.of(p, locale))
                        .toList(),
                result.problems().stream()
                        .filter(p -> !p.isError())
                        .map(p -> ProblemRow.of(p, locale))
                        .toList());
        if (global.json()) {
            printJson(listing);
        } else {
            printText(listing, result);
        }
        return listing.errors().isEmpty() ? ExitCodes.OK : ExitCodes.USER_ERROR;
    }

    private void printText(Listing listing, CorpusReader.Result result) {
        if (listing.acts().isEmpty()) {
            out().println(text("corpus.none"));
        }
        for (ActRow act : listing.acts()) {
            out().printf("%-36s %s  %3d  %4d  %s%n", act.id(), act.lang(), act.articles(), act.norms(), act.title());
        }
        out().println(text(
                "corpus.header",
                listing.acts().size(),
                listing.acts().stream().mapToInt(ActRow::articles).sum(),
                listing.acts().stream().mapToInt(ActRow::norms).sum()));
        if (!result.problems().isEmpty()) {
            out().println(text("corpus.problems"));
            result.problems().forEach(p -> out().println("  " + p.severity() + " " + p.describe(global.uiLocale())));
        }
    }
}
