package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.analysis.Schema;
import kg.kodeks.search.IndexReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kodeks index}: brings the search index up to date, or prints its schema. */
@Command(name = "index", description = "Update the search index of the corpus (only changed files are re-indexed).")
final class IndexCommand extends BaseCommand {
    @Option(
            names = "--schema",
            description = "Print the index fields and analyzers as OpenSearch settings and mappings (JSON).")
    boolean schema;

    @Override
    int run(Workbench workbench) throws Exception {
        if (schema) {
            printJson(Schema.describe());
            return ExitCodes.OK;
        }
        IndexReport report = workbench
                .search()
                .withProgress(TerminalProgress.forTerminal(err()))
                .index();
        if (global.json()) {
            printJson(report);
        } else if (report.upToDate()) {
            out().println(text("index.upToDate", report.documents(), report.unchangedFiles()));
        } else {
            String why = report.rebuilt() == null ? "" : text("index.rebuilt." + report.rebuilt());
            out().println(text(
                    "index.done",
                    report.indexedFiles().size(),
                    report.removedFiles().size(),
                    report.unchangedFiles(),
                    report.documents(),
                    report.millis(),
                    why));
        }
        return ExitCodes.OK;
    }
}
