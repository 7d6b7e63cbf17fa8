package kg.kodeks.findings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.model.Corpus;

/** The small sample corpus of the findings tests, and a temporary workspace made of it. */
final class Fixtures {
    static final Path CORPUS = Path.of("src/test/resources/findings/corpus");
    static final String ALPHA = "/akn/kg/act/law/2020-01-10/1";
    static final String BETA = "/akn/kg/act/law/2021-05-20/2";

    private Fixtures() {}

    static Corpus corpus() {
        CorpusReader.Result result = CorpusReader.read(CORPUS);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("fixture corpus has problems: " + result.problems());
        }
        return result.corpus();
    }

    static List<Finding> findings() {
        return Findings.detect(corpus(), TermSource.standard());
    }

    /** Copies the fixture corpus into {@code root/corpus}, with an empty drafts folder. */
    static Path workspace(Path root) throws IOException {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Files.createDirectories(root.resolve("drafts"));
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        return root;
    }

    static String unit(String act, String lang, String eid) {
        return act + "/" + lang + "#" + eid;
    }

    /** The findings of a type whose units are exactly these addresses. */
    static List<Finding> with(List<Finding> findings, String type, String... addresses) {
        List<String> wanted = Stream.of(addresses).sorted().toList();
        return findings.stream()
                .filter(f -> f.type().equals(type))
                .filter(f -> f.units().stream()
                        .map(FindingUnit::address)
                        .sorted()
                        .toList()
                        .equals(wanted))
                .toList();
    }

    /** The findings of a type that involve this unit. */
    static List<Finding> involving(List<Finding> findings, String type, String address) {
        return findings.stream()
                .filter(f -> f.type().equals(type))
                .filter(f -> f.units().stream().anyMatch(u -> u.address().equals(address)))
                .toList();
    }
}
