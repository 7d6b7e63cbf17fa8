package kg.kodeks.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kg.kodeks.Workbench;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.corpus.ImportOptions;
import kg.kodeks.corpus.ImportedAct;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
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

    /**
     * Imports the sample exports of {@code documents/imports/} (a Windows-1251 text and a DOCX,
     * their language named in the file name) into the demo workspace's corpus.
     */
    static final class Import implements DemoStep {
        @Override
        public String name() {
            return "import";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            Path folder = workbench.workspace().documents().resolve("imports");
            List<Path> files;
            try (Stream<Path> listing = Files.list(folder)) {
                files = listing.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md")).sorted().toList();
            }
            List<String> done = new ArrayList<>();
            for (Path file : files) {
                Language language = file.getFileName().toString().contains(".kir.") ? Language.KIR : Language.RUS;
                ImportOptions options = new ImportOptions(language, null, null, null, null, null,
                        "Sample export written for Kodeks (documents/imports); a fictional act, not an official text");
                ImportedAct imported = workbench.importFile(file, options, null, false, true);
                if (!imported.ok()) {
                    throw new IllegalStateException("the sample " + file + " did not import: "
                            + imported.problems().get(0).message());
                }
                done.add(file.getFileName() + " → " + workbench.workspace().root().relativize(imported.target()) + " ("
                        + imported.act().meta().expression() + ", " + imported.act().articleCount() + " articles, "
                        + imported.act().norms().size() + " norms)");
            }
            return done.size() + " sample exports imported: " + String.join("; ", done);
        }
    }
}
