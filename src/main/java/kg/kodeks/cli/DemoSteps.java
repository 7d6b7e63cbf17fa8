package kg.kodeks.cli;

import java.nio.file.Path;
import java.util.List;
import kg.kodeks.Workbench;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.model.Act;
import kg.kodeks.workspace.AtomicFiles;

/** The steps of {@code kodeks demo}, one small class each. */
final class DemoSteps {
    private DemoSteps() {
    }

    /** Reads the corpus and writes its listing. */
    static final class Corpus implements DemoStep {
        @Override
        public String name() {
            return "corpus";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            CorpusReader.Result result = workbench.corpus();
            List<CorpusCommand.ActRow> acts = result.corpus().acts().stream().map(CorpusCommand.ActRow::of).toList();
            Path file = out.resolve("corpus.json");
            AtomicFiles.writeString(file, BaseCommand.json().writeValueAsString(acts));
            int articles = result.corpus().acts().stream().mapToInt(Act::articleCount).sum();
            int norms = result.corpus().acts().stream().mapToInt(a -> a.norms().size()).sum();
            return acts.size() + " acts, " + articles + " articles, " + norms + " norms, "
                    + result.problems().size() + " problems → " + file;
        }
    }

    /** Shows the history of the sample draft. */
    static final class DraftLog implements DemoStep {
        @Override
        public String name() {
            return "draft log";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            List<kg.kodeks.drafts.CommitInfo> log = workbench.drafts().repository().log(0);
            for (kg.kodeks.drafts.CommitInfo c : log) {
                command.out().println("    " + c.shortId() + " " + c.date().substring(0, 10) + " " + c.author()
                        + " " + c.tags() + " " + c.subject());
            }
            String tags = log.stream().flatMap(c -> c.tags().stream()).collect(java.util.stream.Collectors.joining(", "));
            return command.text("demo.draftLog", log.size(), tags);
        }
    }

    /** Compares the concept version with the version after the working group's meeting. */
    static final class DraftDiff implements DemoStep {
        @Override
        public String name() {
            return "draft diff";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            kg.kodeks.drafts.Comparison diff = workbench.drafts()
                    .diff("v1-concept", "v3-after-meeting", kg.kodeks.model.Language.RUS);
            Path file = out.resolve("draft-diff.json");
            AtomicFiles.writeString(file, BaseCommand.json().writeValueAsString(diff));
            return command.text("demo.draftDiff", diff.changes().size(),
                    diff.of(kg.kodeks.drafts.Change.RENUMBERED).size(), file);
        }
    }

    /** Lints the draft. */
    static final class DraftLint implements DemoStep {
        @Override
        public String name() {
            return "draft lint";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            List<kg.kodeks.error.Problem> problems = workbench.drafts().lint(workbench.corpus().corpus());
            long errors = problems.stream().filter(kg.kodeks.error.Problem::isError).count();
            return command.text("demo.draftLint", errors, problems.size() - errors);
        }
    }

    /** Writes the consolidation ledger. */
    static final class DraftCoverage implements DemoStep {
        @Override
        public String name() {
            return "draft coverage";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            kg.kodeks.drafts.Coverage.Report report = workbench.drafts()
                    .coverage(workbench.corpus().corpus(), kg.kodeks.model.Language.RUS);
            Path file = out.resolve("coverage.json");
            AtomicFiles.writeString(file, BaseCommand.json().writeValueAsString(report));
            return command.text("demo.draftCoverage", report.percent(),
                    report.repealCandidates().isEmpty() ? "—" : String.join(", ", report.repealCandidates()), file);
        }
    }
}
