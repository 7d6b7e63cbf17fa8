package kg.kodeks.cli;

import java.nio.file.Path;
import kg.kodeks.Workbench;
import kg.kodeks.review.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks review import FILE.docx --round R --author "Name, Organisation"}. */
@Command(name = "import", description = "Import a returned DOCX comment form (unit | comment | proposed wording).")
final class ReviewImportCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FILE.docx")
    Path file;

    @Option(names = "--round", required = true, paramLabel = "R")
    String round;

    @Option(names = "--author", required = true, paramLabel = "\"Name, Organisation\"")
    String author;

    @Override
    int run(Workbench workbench) throws Exception {
        ImportReport report = workbench.review().importForm(file.toAbsolutePath(), round, author);
        if (global.json()) {
            printJson(ReviewJson.importReport(report, global.uiLocale()));
        } else {
            ReviewText.importReport(report, round, this);
        }
        return report.added().isEmpty() ? ExitCodes.USER_ERROR : ExitCodes.OK;
    }
}
