package kg.kodeks.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;
import org.junit.jupiter.api.Test;

class DraftReaderTest {

    @Test
    void readsTheCodeIntoTheSharedModelWithLineNumbers() throws Exception {
        DraftFile file = DraftTesting.parseFixture("code.rus.md", Language.RUS);
        assertTrue(file.ok(), file.problems().toString());
        Act act = file.act();
        assertEquals("code", act.meta().type());
        assertEquals("/akn/kg/act/code/2026-01-01/draft/rus", act.meta().expression());
        assertEquals("тестовая версия", file.versionNote());
        assertEquals(
                List.of("chp_1__art_1", "chp_1__art_2"),
                act.articles().stream().map(Unit::eid).toList());
        Unit part = act.find("art_1__para_2").orElseThrow();
        assertEquals("Настоящий Кодекс применяется вместе со статьей 2 настоящего Кодекса.", part.text());
        assertEquals(18, part.line());
        assertEquals("созывать сходы;", act.find("art_2__point_1").orElseThrow().text());
    }

    @Test
    void ignoresStructureWordsInsideCodeBlocks() throws Exception {
        DraftFile file = DraftTesting.parseFixture("code.rus.md", Language.RUS);
        assertTrue(file.act().find("art_99").isEmpty());
        assertFalse(file.act().find("art_1__para_2").orElseThrow().text().contains("99"));
    }

    @Test
    void givesSourceAnnotationsToTheArticleOrPartTheyFollow() throws Exception {
        DraftFile file = DraftTesting.parseFixture("code.rus.md", Language.RUS);
        List<SourceNote> notes = file.sources();
        assertEquals(3, notes.size());
        assertEquals("chp_1__art_1", notes.get(0).eid());
        assertEquals("/akn/kg/act/law/2010-01-01/1/rus#art_1", notes.get(0).source());
        assertEquals("chp_1__art_1__para_2", notes.get(1).eid());
        assertEquals("chp_1__art_2__point_1", notes.get(2).eid());
        assertEquals(27, notes.get(2).line());
    }

    @Test
    void readsKyrgyzStructureWords() throws Exception {
        DraftFile file = DraftTesting.parseFixture("code.kir.md", Language.KIR);
        assertTrue(file.ok(), file.problems().toString());
        assertEquals(2, file.act().articleCount());
        assertEquals(
                "жыйындарды чакыруу;",
                file.act().find("art_2__point_1").orElseThrow().text());
    }

    @Test
    void refusesAFileWhoseLanguageDisagreesWithItsName() throws Exception {
        DraftFile file = DraftReader.parse("code.kir.md", Language.KIR, DraftTesting.fixture("code.rus.md"));
        assertNull(file.act());
        assertTrue(file.problems().stream().anyMatch(p -> p.key().equals("draft.language") && p.line() == 4));
    }

    @Test
    void readsTheBundledSampleDraftInBothLanguagesWithTheSameStructure() throws Exception {
        Draft draft = DraftReader.readFolder(DraftTesting.sampleDrafts());
        Act rus = draft.act(Language.RUS).orElseThrow();
        Act kir = draft.act(Language.KIR).orElseThrow();
        assertTrue(rus.meta().sample());
        assertTrue(rus.articleCount() >= 30 && rus.articleCount() <= 40, "articles: " + rus.articleCount());
        assertEquals(
                rus.allUnits().map(Unit::eid).toList(),
                kir.allUnits().map(Unit::eid).toList());
        assertTrue(draft.file(Language.RUS).orElseThrow().sources().size() > 40);
    }
}
