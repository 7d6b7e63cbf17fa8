package kg.kodeks.findings;

import static kg.kodeks.findings.Fixtures.ALPHA;
import static kg.kodeks.findings.Fixtures.BETA;
import static kg.kodeks.findings.Fixtures.involving;
import static kg.kodeks.findings.Fixtures.unit;
import static kg.kodeks.findings.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetectorsTest {
    private static final List<Finding> FINDINGS = Fixtures.findings();

    @ParameterizedTest
    @ValueSource(strings = {"rus", "kir"})
    void findsNearDuplicateNorms(String lang) {
        List<Finding> found =
                with(FINDINGS, "duplicate", unit(ALPHA, lang, "art_2__para_1"), unit(BETA, lang, "art_1__para_1"));
        assertEquals(1, found.size());
        assertEquals("near-identical", found.get(0).subtype());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rus", "kir"})
    void findsNormCopiedInsideLongerNorm(String lang) {
        List<Finding> found =
                with(FINDINGS, "duplicate", unit(ALPHA, lang, "art_2__para_2"), unit(BETA, lang, "art_1__para_2"));
        assertEquals(1, found.size());
        assertEquals("contained", found.get(0).subtype());
    }

    @Test
    void neverReportsTranslationAsDuplicate() {
        for (Finding f : FINDINGS) {
            if (f.type().equals("duplicate")) {
                assertEquals(
                        1, f.units().stream().map(FindingUnit::lang).distinct().count(), f.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rus", "kir"})
    void findsConflictingDeadlines(String lang) {
        List<Finding> found =
                with(FINDINGS, "conflict", unit(ALPHA, lang, "art_3__para_1"), unit(BETA, lang, "art_2__para_1"));
        assertEquals(1, found.size());
        assertEquals("number", found.get(0).subtype());
        assertEquals(
                List.of("duration 10 day", "duration 30 day"),
                found.get(0).evidence().stream().map(Evidence::value).sorted().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rus", "kir"})
    void staysSilentOnDeadlinesOfDifferentProcedures(String lang) {
        assertTrue(involving(FINDINGS, "conflict", unit(ALPHA, lang, "art_3__para_2"))
                .isEmpty());
        assertTrue(involving(FINDINGS, "conflict", unit(BETA, lang, "art_2__para_2"))
                .isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rus", "kir"})
    void findsObligationAgainstPermission(String lang) {
        List<Finding> found =
                with(FINDINGS, "conflict", unit(ALPHA, lang, "art_4__para_1"), unit(BETA, lang, "art_3__para_1"));
        assertEquals(1, found.size());
        assertEquals("modality", found.get(0).subtype());
        assertEquals(
                List.of("obligation", "permission"),
                found.get(0).evidence().stream().map(Evidence::value).sorted().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rus", "kir"})
    void findsSamePowerGivenToDifferentBodies(String lang) {
        List<Finding> found =
                with(FINDINGS, "conflict", unit(ALPHA, lang, "art_4__para_2"), unit(BETA, lang, "art_3__para_2"));
        assertEquals(1, found.size());
        assertEquals("authority", found.get(0).subtype());
        assertEquals(
                List.of("aiyl-okmotu", "kenesh"),
                found.get(0).evidence().stream().map(Evidence::value).sorted().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rus", "kir"})
    void findsDanglingReferences(String lang) {
        assertEquals(
                "missing-unit",
                only(involving(FINDINGS, "reference", unit(ALPHA, lang, "art_5__para_1")))
                        .subtype());
        assertEquals(
                "repealed-unit",
                only(involving(FINDINGS, "reference", unit(ALPHA, lang, "art_5__para_2")))
                        .subtype());
        assertEquals(
                "repealed-act",
                only(involving(FINDINGS, "reference", unit(ALPHA, lang, "art_5__para_3")))
                        .subtype());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rus", "kir"})
    void staysSilentOnValidReference(String lang) {
        assertTrue(involving(FINDINGS, "reference", unit(ALPHA, lang, "art_5__para_4"))
                .isEmpty());
    }

    @Test
    void findsDifferentNumbersInTranslation() {
        Finding f = only(
                with(FINDINGS, "parity", unit(ALPHA, "kir", "art_7__para_1"), unit(ALPHA, "rus", "art_7__para_1")));
        assertEquals("number", f.subtype());
        assertEquals(
                List.of("10 күндүн", "30 дней"),
                f.evidence().stream().map(Evidence::text).toList());
    }

    @Test
    void findsPartMissingInOneLanguage() {
        Finding f = only(with(FINDINGS, "parity", unit(ALPHA, "rus", "art_7__para_2")));
        assertEquals("missing-unit", f.subtype());
    }

    @Test
    void staysSilentOnFaithfulTranslation() {
        assertTrue(involving(FINDINGS, "parity", unit(ALPHA, "rus", "art_3__para_1"))
                .isEmpty());
        assertTrue(involving(FINDINGS, "parity", unit(BETA, "rus", "art_2__para_2"))
                .isEmpty());
    }

    @Test
    void evidenceOffsetsPointAtTheWordsInTheUnitText() {
        for (Finding f : FINDINGS) {
            for (Evidence e : f.evidence()) {
                assertEquals(e.text(), f.units().get(e.unit()).text().substring(e.start(), e.end()), f.id());
            }
        }
    }

    @Test
    void idsAreStableAcrossRunsAndDistinct() {
        List<String> again = Fixtures.findings().stream().map(Finding::id).toList();
        assertEquals(FINDINGS.stream().map(Finding::id).toList(), again);
        assertEquals(again.size(), again.stream().distinct().count());
    }

    @Test
    void everyFindingExplainsItselfInBothLanguages() {
        for (Finding f : FINDINGS) {
            assertFalse(f.explanation().rus().isBlank());
            assertFalse(f.explanation().kir().isBlank());
            assertFalse(
                    f.explanation().rus().startsWith("explain."),
                    f.explanation().rus());
            assertFalse(
                    f.explanation().kir().startsWith("explain."),
                    f.explanation().kir());
        }
    }

    private static Finding only(List<Finding> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
