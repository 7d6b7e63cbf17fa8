package kg.kodeks.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.model.Corpus;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageTest {
    @TempDir
    Path dir;

    @Test
    void ledgerNamesAbsorbedAndUncoveredNormsAndActsReadyForRepeal() throws Exception {
        Corpus corpus = CorpusReader.read(DraftTesting.workspaceWithCorpus(dir).resolve("corpus"))
                .corpus();
        DraftFile draft = DraftTesting.parseFixture("code.rus.md", Language.RUS);
        Coverage.Report report = Coverage.of(draft, corpus, Language.RUS);
        Coverage.ActRow act = report.acts().stream()
                .filter(a -> a.id().endsWith("/1/rus"))
                .findFirst()
                .orElseThrow();
        assertEquals(4, act.norms());
        assertEquals(3, act.covered());
        assertEquals(75.0, act.percent());
        assertEquals(List.of("art_2__point_2"), act.uncovered());
        assertEquals(List.of("art_1"), act.absorbed().get(0).articles());
        assertEquals("art_1__para_1", act.absorbed().get(0).eid());
        assertEquals(List.of("art_2"), act.absorbed().get(2).articles());
        Coverage.ActRow other = report.acts().stream()
                .filter(a -> a.id().endsWith("/2/rus"))
                .findFirst()
                .orElseThrow();
        assertEquals(100.0, other.percent());
        assertEquals(
                List.of("art_1"), other.absorbed().get(0).articles(), "a part-level annotation counts for its article");
        assertEquals(List.of("/akn/kg/act/law/2010-02-02/2/rus"), report.repealCandidates());
        assertEquals(5, report.norms());
        assertEquals(4, report.covered());
        assertEquals(80.0, report.percent());
    }

    @Test
    void noDraftCoversNothing() throws Exception {
        Corpus corpus = CorpusReader.read(DraftTesting.workspaceWithCorpus(dir).resolve("corpus"))
                .corpus();
        Coverage.Report report = Coverage.of(null, corpus, Language.RUS);
        assertEquals(0, report.covered());
        assertEquals(List.of(), report.repealCandidates());
    }
}
