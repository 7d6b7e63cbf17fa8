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
 * asserts the targets that the detectors meet, and for the one they do not yet meet (conflict
 * recall; see docs/findings.md) the level reached, so that a change that makes it worse fails.
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
        // Below target (0.9): the level reached, as a floor against regressions.
        assertTrue(conflicts.recall() >= 0.7, table);
    }
}
