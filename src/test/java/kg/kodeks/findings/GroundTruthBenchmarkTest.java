package kg.kodeks.findings;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kg.kodeks.corpus.CorpusReader;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of every detector on the planted ground truth of the sample corpus
 * ({@code corpus/} at the root, {@code src/test/resources/groundtruth/*.yaml}). Prints the table;
 * asserts the quality targets of every type (see docs/findings.md) and that none of the
 * look-alikes listed as negatives is reported.
 */
class GroundTruthBenchmarkTest {
    private static final Path CORPUS = Path.of("corpus");
    private static final Path TRUTH = Path.of("src/test/resources/groundtruth");

    @Test
    void measuresEveryDetectorAgainstTheGroundTruth() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS) && Files.isDirectory(TRUTH), "sample corpus and ground truth not present");
        List<Path> files;
        try (Stream<Path> list = Files.list(TRUTH)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        assumeTrue(!files.isEmpty(), "no ground truth files");
        List<Finding> findings = Findings.detect(CorpusReader.read(CORPUS).corpus(), TermSource.standard());
        Map<FindingType, Evaluation.Score> scores = Evaluation.score(findings, GroundTruth.read(files));
        System.out.println(Evaluation.table(scores));

        Evaluation.Score duplicates = scores.get(FindingType.DUPLICATE);
        Evaluation.Score conflicts = scores.get(FindingType.CONFLICT);
        Evaluation.Score references = scores.get(FindingType.REFERENCE);
        Evaluation.Score parity = scores.get(FindingType.PARITY);
        String table = Evaluation.table(scores) + Evaluation.details(scores);
        assertTrue(duplicates.recall() >= 1.0 && duplicates.precision() >= 0.95, table);
        assertTrue(references.recall() >= 1.0 && references.precision() >= 0.95, table);
        assertTrue(parity.recall() >= 1.0, table);
        assertTrue(conflicts.precision() >= 0.8, table);
        assertTrue(conflicts.recall() >= 0.9, table);
        for (List<String> lookAlike : GroundTruth.negatives(files)) {
            assertTrue(
                    reported(findings, lookAlike).isEmpty(), lookAlike + " reported: " + reported(findings, lookAlike));
        }
    }

    /**
     * The findings that report a look-alike: two of its units together (alone or inside a
     * cluster), or the citations of its one unit.
     */
    private static List<Finding> reported(List<Finding> findings, List<String> lookAlike) {
        return findings.stream()
                .filter(f -> {
                    long shared = f.units().stream()
                            .filter(u -> lookAlike.contains(u.address()))
                            .count();
                    return lookAlike.size() == 1
                            ? shared == 1 && f.findingType() == FindingType.REFERENCE
                            : shared >= 2;
                })
                .toList();
    }
}
