package kg.kodeks.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import kg.kodeks.corpus.ActReader;
import kg.kodeks.model.Act;
import kg.kodeks.model.UnitKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UnitCitationsTest {
    private static Act draft;

    @BeforeAll
    static void readDraft() throws Exception {
        draft = ActReader.parse(Path.of("v2.rus.md"), "v2.rus.md", DraftsFixture.resource("v2.rus.md"))
                .act();
    }

    private static String eid(String citation) {
        UnitCitations.Resolution r = UnitCitations.resolve(citation, draft);
        return r.found() ? r.unit().shortEid() : r.problem();
    }

    @Test
    void readsRussianAbbreviations() {
        assertEquals("art_14__para_2", eid("ст. 14 ч. 2"));
        assertEquals("art_14__para_2", eid("ст.14, ч.2"));
    }

    @Test
    void readsRussianWordsInEitherOrder() {
        assertEquals("art_14__para_2__point_1", eid("статья 14, часть 2, пункт 1"));
        assertEquals("art_14__para_2__point_1", eid("пункт 1 части 2 статьи 14"));
        assertEquals("art_12", eid("Статья 12"));
    }

    @Test
    void readsKyrgyzCitations() {
        assertEquals("art_14__para_2", eid("14-берене, 2-бөлүк"));
        assertEquals("art_14__para_2", eid("14-беренесинин 2-бөлүгү"));
        assertEquals("art_14__para_2__point_2", eid("14-беренесинин 2-бөлүгүнүн 2-пункту"));
        assertEquals("art_13", eid("13-берене"));
    }

    @Test
    void readsElementIdsFullAndShort() {
        assertEquals("art_13__para_1", eid("art_13__para_1"));
        assertEquals("art_13__para_1", eid("chp_2__art_13__para_1"));
    }

    @Test
    void reportsWhatItCannotPlace() {
        assertEquals("unit.missing", eid("ст. 99"));
        assertEquals("unit.missing", eid("ст. 14 ч. 7"));
        assertEquals("unit.noArticle", eid("ч. 2"));
        assertEquals("unit.unreadable", eid("общее замечание"));
        assertEquals("unit.empty", eid("  "));
        assertEquals("unit.missing", eid("art_99"));
        assertFalse(UnitCitations.resolve("преамбула", draft).found());
    }

    @Test
    void readsTheLevelsOfSubpointsAndInsertedArticles() {
        assertEquals(
                java.util.Map.of(
                        UnitKind.ARTICLE, "12-1", UnitKind.PART, "2", UnitKind.POINT, "3", UnitKind.SUBPOINT, "а"),
                UnitCitations.levels("пп. «а» п. 3 ч. 2 ст. 12-1"));
        assertEquals(
                java.util.Map.of(UnitKind.ARTICLE, "5", UnitKind.POINT, "3", UnitKind.SUBPOINT, "б"),
                UnitCitations.levels("подпункт «б» пункта 3 статьи 5"));
        assertEquals(
                java.util.Map.of(UnitKind.ARTICLE, "12-1", UnitKind.POINT, "3", UnitKind.SUBPOINT, "а"),
                UnitCitations.levels("12-1-беренесинин 3-пунктунун «а» пунктчасы"));
        assertEquals(java.util.Map.of(UnitKind.ARTICLE, "12", UnitKind.PART, "2"), UnitCitations.levels("ч.2 ст.12"));
    }
}
