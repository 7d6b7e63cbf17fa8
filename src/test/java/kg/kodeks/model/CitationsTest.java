package kg.kodeks.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationsTest {
    private static final WorkId LAW = new WorkId("law", LocalDate.of(2011, 7, 15), "101");

    private static ActMeta meta(Language language, String title, String type) {
        return new ActMeta(
                new WorkId(type, LAW.date(), LAW.number()), language, title, ActStatus.IN_FORCE, "", List.of(), false);
    }

    private static Unit unit(UnitKind kind, String number) {
        return new Unit(kind, ElementIds.level(kind, number), number, "", "текст", false, List.of(), 0, List.of());
    }

    private static final List<Unit> PART_2_OF_ARTICLE_12 =
            List.of(unit(UnitKind.CHAPTER, "3"), unit(UnitKind.ARTICLE, "12"), unit(UnitKind.PART, "2"));

    @Test
    void citesAPartInRussianFromTheInnermostUnitOutwards() {
        assertEquals(
                "часть 2 статьи 12 Закона Кыргызской Республики «О местном самоуправлении»",
                Citations.cite(meta(Language.RUS, "О местном самоуправлении", "law"), PART_2_OF_ARTICLE_12));
    }

    @Test
    void citesAPartInKyrgyzFromTheActInwards() {
        assertEquals(
                "«Жергиликтүү өз алдынча башкаруу жөнүндө» Кыргыз Республикасынын Мыйзамынын 12-беренесинин 2-бөлүгү",
                Citations.cite(
                        meta(Language.KIR, "Жергиликтүү өз алдынча башкаруу жөнүндө", "law"), PART_2_OF_ARTICLE_12));
    }

    @Test
    void citesPointsAndSubpointsInBothLanguages() {
        List<Unit> path = List.of(
                unit(UnitKind.ARTICLE, "5"),
                unit(UnitKind.PART, "1"),
                unit(UnitKind.POINT, "3"),
                unit(UnitKind.SUBPOINT, "а"));
        assertEquals("подпункт «а» пункта 3 части 1 статьи 5", Citations.local(Language.RUS, path));
        assertEquals("5-беренесинин 1-бөлүгүнүн 3-пунктунун «а» пунктчасы", Citations.local(Language.KIR, path));
    }

    @Test
    void fullCitationIsTheLocalOneWithTheCitedAct() {
        for (Language language : Language.values()) {
            ActMeta act = meta(language, "О местном самоуправлении", "code");
            for (int end = 1; end <= PART_2_OF_ARTICLE_12.size(); end++) {
                List<Unit> path = PART_2_OF_ARTICLE_12.subList(0, end);
                assertEquals(
                        Citations.cite(act, path),
                        Citations.cite(language, Citations.local(language, path), Citations.citedAct(act)));
            }
        }
    }

    @Test
    void citesAChapterOnlyWhenTheUnitIsNotInsideAnArticle() {
        assertEquals(
                "глава 3 Кодекса Кыргызской Республики «О местном самоуправлении»",
                Citations.cite(
                        meta(Language.RUS, "О местном самоуправлении", "code"), List.of(unit(UnitKind.CHAPTER, "3"))));
        assertEquals("статья 12", Citations.local(Language.RUS, PART_2_OF_ARTICLE_12.subList(0, 2)));
    }

    @Test
    void namesTheActAloneInTheNominative() {
        assertEquals(
                "Закон Кыргызской Республики «О местном самоуправлении»",
                Citations.actName(meta(Language.RUS, "О местном самоуправлении", "law")));
        assertEquals(
                "«Жергиликтүү өз алдынча башкаруу жөнүндө» Кыргыз Республикасынын Мыйзамы",
                Citations.actName(meta(Language.KIR, "Жергиликтүү өз алдынча башкаруу жөнүндө", "law")));
        assertEquals("Статья 12", Citations.unitLabel(unit(UnitKind.ARTICLE, "12"), Language.RUS));
        assertEquals("12-берене", Citations.unitLabel(unit(UnitKind.ARTICLE, "12"), Language.KIR));
    }

    @Test
    void aNormCitesItselfInItsActsLanguage() {
        Unit part = unit(UnitKind.PART, "2");
        Unit article = new Unit(
                UnitKind.ARTICLE,
                "art_12",
                "12",
                "Права",
                "",
                false,
                List.of(),
                0,
                List.of(new Unit(UnitKind.PART, "art_12__para_2", "2", "", "текст", false, List.of(), 0, List.of())));
        Act act = new Act(meta(Language.RUS, "О местном самоуправлении", "law"), "", List.of(article));
        assertEquals(
                "часть 2 статьи 12 Закона Кыргызской Республики «О местном самоуправлении»",
                act.norms().get(0).citation());
        assertEquals(part.number(), act.norms().get(0).unit().number());
    }
}
