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

    /** Renders every document kind in both languages into out/documents/. */
    static final class Documents implements DemoStep {
        @Override
        public String name() {
            return "documents";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            Path dir = out.resolve("documents");
            java.util.List<String> written = new java.util.ArrayList<>();
            for (kg.kodeks.render.DocumentKind kind : kg.kodeks.render.DocumentKind.values()) {
                for (kg.kodeks.model.Language language : kg.kodeks.model.Language.values()) {
                    Path file = dir.resolve(kind.id() + "." + language.code() + ".docx");
                    workbench.render().render(kind, null, language, file);
                    written.add(file.getFileName().toString());
                }
            }
            return written.size() + " documents → " + dir + ": " + String.join(", ", written);
        }
    }
}
