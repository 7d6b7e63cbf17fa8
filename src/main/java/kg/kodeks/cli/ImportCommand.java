package kg.kodeks.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kg.kodeks.Workbench;
import kg.kodeks.corpus.ImportOptions;
import kg.kodeks.corpus.ImportedAct;
import kg.kodeks.error.KodeksException;
import kg.kodeks.error.Messages;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Act;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kodeks import FILE… --lang kir|rus}: exported acts into {@code corpus/}, one report line
 * per file. A file that fails does not stop the others; the exit code is 1 when any failed.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import exported acts (plain text in UTF-8 or Windows-1251, DOCX, HTML, RTF) into corpus/.")
final class ImportCommand extends BaseCommand {
    private static final String CORPUS_BUNDLE = "kg.kodeks.corpus.messages";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Option(
            names = "--id",
            paramLabel = "URI",
            description = "Work URI, as in /akn/kg/act/law/2011-07-15/101 (type, date and number at once).")
    String id;

    @Option(names = "--title", description = "Title of the act, without quotes.")
    String title;

    @Option(names = "--type", paramLabel = "law|code|decree|resolution", description = "Type of the act.")
    String type;

    @Option(names = "--number", description = "Number of the act.")
    String number;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Adoption date.")
    String date;

    @Option(names = "--source", description = "Where the text comes from (default: the file name).")
    String source;

    @Option(
            names = "--out-name",
            paramLabel = "NAME",
            description = "Corpus file name without .<lang>.md (one input file only).")
    String outName;

    @Option(names = "--dry-run", description = "Check and report, write nothing.")
    boolean dryRun;

    @Option(names = "--replace", description = "Overwrite an existing corpus file of the same name.")
    boolean replace;

    record FileRow(
            String file,
            boolean ok,
            boolean written,
            String target,
            String id,
            String lang,
            String title,
            int articles,
            int norms,
            List<CorpusCommand.ProblemRow> errors,
            List<CorpusCommand.ProblemRow> warnings) {}

    record Report(List<FileRow> files) {}

    @Override
    int run(Workbench workbench) throws Exception {
        if (global.language() == null) {
            throw new KodeksException(CORPUS_BUNDLE, "cli.import.lang");
        }
        if (outName != null && files.size() > 1) {
            throw new KodeksException(CORPUS_BUNDLE, "cli.import.outNameMany");
        }
        ImportOptions options = new ImportOptions(global.language(), id, title, type, number, date, source);
        List<FileRow> rows = new ArrayList<>();
        for (Path file : files) {
            ImportedAct imported = workbench.importFile(file, options, outName, dryRun, replace);
            FileRow row = row(imported, workbench, global.uiLocale());
            rows.add(row);
            if (!global.json()) {
                print(row);
            }
        }
        long failed = rows.stream().filter(r -> !r.ok()).count();
        if (global.json()) {
            printJson(new Report(rows));
        } else {
            out().println(say(dryRun ? "cli.import.summaryDry" : "cli.import.summary", rows.size() - failed, failed));
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.USER_ERROR;
    }

    private static FileRow row(ImportedAct imported, Workbench workbench, Locale locale) {
        List<CorpusCommand.ProblemRow> errors = imported.problems().stream()
                .filter(Problem::isError)
                .map(p -> CorpusCommand.ProblemRow.of(p, locale))
                .toList();
        List<CorpusCommand.ProblemRow> warnings = imported.problems().stream()
                .filter(p -> !p.isError())
                .map(p -> CorpusCommand.ProblemRow.of(p, locale))
                .toList();
        Act act = imported.act();
        String target = imported.target() == null
                ? null
                : workbench.workspace().root().relativize(imported.target()).toString();
        return new FileRow(
                imported.file(),
                imported.ok(),
                imported.written(),
                target,
                act == null ? null : act.meta().work().uri(),
                act == null ? null : act.meta().language().code(),
                act == null ? null : act.meta().title(),
                act == null ? 0 : act.articleCount(),
                act == null ? 0 : act.norms().size(),
                errors,
                warnings);
    }

    private void print(FileRow row) {
        if (row.ok()) {
            out().println(say(
                    row.written() ? "cli.import.written" : "cli.import.wouldWrite",
                    row.file(),
                    row.target(),
                    row.id(),
                    row.lang(),
                    row.articles(),
                    row.norms()));
        } else {
            out().println(say("cli.import.failed", row.file()));
        }
        for (CorpusCommand.ProblemRow problem : row.errors()) {
            out().println("    " + say("cli.import.error", location(problem), problem.message()));
        }
        for (CorpusCommand.ProblemRow problem : row.warnings()) {
            out().println("    " + say("cli.import.warning", location(problem), problem.message()));
        }
        out().flush();
    }

    /** Messages of this command live in the corpus bundle, with the import's other messages. */
    private String say(String key, Object... args) {
        return Messages.format(global.uiLocale(), CORPUS_BUNDLE, key, args);
    }

    private static String location(CorpusCommand.ProblemRow problem) {
        return problem.file() + (problem.line() > 0 ? ":" + problem.line() : "");
    }
}
