package kg.kodeks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StructureParserTest {
    private static StructureParser.Body parse(String body) {
        return StructureParser.parse("act.md", TextCleaner.lines(body, 1));
    }

    private static List<String> eids(StructureParser.Body body) {
        return body.units().stream().flatMap(Unit::flatten).map(Unit::eid).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Раздел II. Органы|SECTION|II|Органы",
                "# Раздел II. Органы|SECTION|II|Органы",
                "II бөлүм. Органдар|SECTION|II|Органдар",
                "## II бөлүм. Органдар|SECTION|II|Органдар",
                "Глава 3. Кенеши|CHAPTER|3|Кенеши",
                "### Глава 3. Кенеши|CHAPTER|3|Кенеши",
                "3-глава. Кеңештер|CHAPTER|3|Кеңештер",
                "## 3-бап. Кеңештер|CHAPTER|3|Кеңештер",
                "Статья 12. Полномочия|ARTICLE|12|Полномочия",
                "#### Статья 12-1. Полномочия|ARTICLE|12-1|Полномочия",
                "12-берене. Ыйгарым укуктар|ARTICLE|12|Ыйгарым укуктар",
                "### **12-берене. Ыйгарым укуктар**|ARTICLE|12|Ыйгарым укуктар",
                "2. Текст части.|PART|2|Текст части.",
                "2. Бөлүктүн тексти.|PART|2|Бөлүктүн тексти.",
                "1) текст пункта;|POINT|1|текст пункта;",
                "1) пункттун тексти;|POINT|1|пункттун тексти;",
                "а) подпункт;|SUBPOINT|а|подпункт;",
                "б) пунктча;|SUBPOINT|б|пунктча;"
            })
    void recognisesEachStructureMarkerInBothLanguagesWithAndWithoutHashMarks(
            String line, UnitKind kind, String number, String rest) {
        StructureLine parsed = StructureLine.of(line);
        assertEquals(kind, parsed.kind());
        assertEquals(number, parsed.number());
        assertEquals(rest, parsed.rest());
    }

    @Test
    void aSentenceThatMentionsAnArticleOpensNothing() {
        assertFalse(StructureLine.of("Статья 12 настоящего Закона применяется").opensUnit());
        assertFalse(StructureLine.of("12-берене боюнча").opensUnit());
    }

    @Test
    void buildsNestedElementIdsInRussian() {
        StructureParser.Body body = parse("""
                Раздел I. Общие
                Глава 1. Основы
                Статья 1. Понятия
                1. Часть.
                2. Вправе:
                1) пункт;
                а) подпункт.
                """);
        assertFalse(body.hasErrors(), body.problems().toString());
        assertEquals(
                List.of(
                        "sec_i",
                        "sec_i__chp_1",
                        "sec_i__chp_1__art_1",
                        "sec_i__chp_1__art_1__para_1",
                        "sec_i__chp_1__art_1__para_2",
                        "sec_i__chp_1__art_1__para_2__point_1",
                        "sec_i__chp_1__art_1__para_2__point_1__subpoint_a"),
                eids(body));
    }

    @Test
    void buildsNestedElementIdsInKyrgyz() {
        StructureParser.Body body = parse("""
                # I бөлүм. Жалпы
                ## 1-глава. Негиздер
                ### 1-берене. Түшүнүктөр
                1. Бөлүк.
                2. Укуктуу:
                1) пункт;
                ң) пунктча.
                """);
        assertFalse(body.hasErrors(), body.problems().toString());
        assertEquals(
                "sec_i__chp_1__art_1__para_2__point_1__subpoint_ng",
                eids(body).get(eids(body).size() - 1));
    }

    @Test
    void keepsRepealedUnitsAndMarksThem() {
        StructureParser.Body body = parse("""
                Статья 4. Утратила силу
                Статья 5. Сроки
                1. Часть.
                2. Утратила силу в соответствии с Законом КР от 5 апреля 2019 года № 45.
                6-берене. Күчүн жоготту
                """);
        Unit art4 = body.units().get(0);
        assertTrue(art4.repealed());
        assertEquals("", art4.heading());
        assertEquals("Утратила силу", art4.text());
        assertTrue(body.units().get(1).children().get(1).repealed());
        assertFalse(body.units().get(1).children().get(0).repealed());
        assertTrue(body.units().get(2).repealed());
    }

    @Test
    void kyrgyzRepealNamingTheRepealingActFirstIsRecognised() {
        assertTrue(EditorialNotes.saysRepealed("КР 2019-жылдын 5-апрелиндеги № 45 Мыйзамына ылайык күчүн жоготту."));
        assertFalse(EditorialNotes.saysRepealed("Кеңеш мыйзамга ылайык чечим кабыл алат."));
    }

    @Test
    void takesEditorialNotesOutOfTheTextInBothLanguages() {
        StructureParser.Body body = parse("""
                Статья 1. Сроки (В редакции Закона КР от 12 марта 2019 года № 37)
                1. Решение принимается в течение десяти дней. (В редакции Закона КР от 12 марта 2019 года № 37)
                2-берене. Мөөнөттөр
                1. Чечим он күндүн ичинде кабыл алынат. (КР 2019-жылдын 12-мартындагы № 37 Мыйзамынын редакциясына ылайык)
                """);
        Unit art1 = body.units().get(0);
        assertEquals("Сроки", art1.heading());
        assertEquals(List.of("В редакции Закона КР от 12 марта 2019 года № 37"), art1.notes());
        assertEquals(
                "Решение принимается в течение десяти дней.",
                art1.children().get(0).text());
        Unit ky = body.units().get(1).children().get(0);
        assertEquals("Чечим он күндүн ичинде кабыл алынат.", ky.text());
        assertEquals(1, ky.notes().size());
    }

    @Test
    void joinsWordsHyphenatedAtLineEnds() {
        StructureParser.Body body = parse("""
                Статья 1. Понятия
                1. Органы местного само-
                управления действуют в пределах полномочий.
                """);
        assertEquals(
                "Органы местного самоуправления действуют в пределах полномочий.",
                body.units().get(0).children().get(0).text());
    }

    @Test
    void keepsTheHyphenOfACompoundBrokenBeforeACapitalOrADigit() {
        StructureParser.Body body = parse("""
                Статья 1. Понятия
                1. Город Бишкек-
                Ош, 2011-
                2019 годы.
                """);
        assertEquals(
                "Город Бишкек-Ош, 2011-2019 годы.",
                body.units().get(0).children().get(0).text());
    }

    @Test
    void dropsPageNoiseSoftHyphensAndNonBreakingSpaces() {
        StructureParser.Body body = parse(
                "Статья 1. Понятия\n1. Мест\u00adное\u00a0самоуправление\n" + "Страница 3 из 10\n- 4 -\nдействует.\n");
        assertEquals(
                "Местное самоуправление действует.",
                body.units().get(0).children().get(0).text());
    }

    @Test
    void aPartOutsideAnArticleIsAnErrorNamingTheFileTheLineAndWhatWasExpected() {
        StructureParser.Body body = parse("""
                Вводный текст.
                1. Часть без статьи.
                """);
        assertTrue(body.hasErrors());
        Problem problem = body.problems().get(0);
        assertEquals("act.md", problem.file());
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("expected an article line"), problem.message());
    }

    @Test
    void aDuplicateArticleIsAnErrorAndANumberingGapAWarning() {
        StructureParser.Body body = parse("""
                Статья 1. А
                Статья 3. Б
                Статья 3. В
                """);
        assertTrue(body.problems().stream().anyMatch(p -> p.isError() && p.key().equals("parse.duplicateUnit")));
        assertTrue(body.problems().stream()
                .anyMatch(p -> !p.isError() && p.key().equals("parse.numberingGap") && p.line() == 2));
    }

    @Test
    void pointsMayFollowTheArticleTextDirectly() {
        StructureParser.Body body = parse("""
                Статья 5. Права
                Органы вправе:
                1) созывать сходы;
                2) проводить слушания.
                """);
        assertEquals(List.of("art_5", "art_5__point_1", "art_5__point_2"), eids(body));
        assertEquals("Органы вправе:", body.units().get(0).text());
    }

    @Test
    void aHeadingWrappedOntoTheNextLineStaysTheHeading() {
        StructureParser.Body body = parse("""
                Статья 5. Права и обязанности органов местного само-
                управления в сфере
                благоустройства
                1. Текст части.
                Статья 6. Сроки

                созыва сессий — текст статьи после пустой строки.
                """);
        assertEquals(
                "Права и обязанности органов местного самоуправления в сфере благоустройства",
                body.units().get(0).heading());
        assertEquals("Сроки", body.units().get(1).heading());
        assertEquals(
                "созыва сессий — текст статьи после пустой строки.",
                body.units().get(1).text());
    }
}
