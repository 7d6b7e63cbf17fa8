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
}
