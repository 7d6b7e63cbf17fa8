package kg.kodeks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActHeaderTest {
    private static ActHeader find(String text) {
        return ActHeader.find(TextCleaner.lines(text, 1));
    }

    @Test
    void readsTheRussianHeadingBlock() {
        ActHeader header = find("""
                ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ

                г. Бишкек, от 15 июля 2011 года № 101

                О местном самоуправлении

                (В редакции Законов КР от 12 марта 2019 года № 37,
                5 апреля 2019 года № 45)

                Статья 1. Предмет
                """);
        assertEquals("law", header.type());
        assertEquals(LocalDate.of(2011, 7, 15), header.date());
        assertEquals("101", header.number());
        assertEquals("О местном самоуправлении", header.title());
        assertEquals(
                List.of("В редакции Законов КР от 12 марта 2019 года № 37, 5 апреля 2019 года № 45"), header.notes());
        assertEquals(9, header.end(), "the body starts at the article");
    }

    @Test
    void readsTheKyrgyzHeadingBlock() {
        ActHeader header = find("""
                КЫРГЫЗ РЕСПУБЛИКАСЫНЫН МЫЙЗАМЫ
                Бишкек шаары
                2011-жылдын 15-июлундагы № 101
                Жергиликтүү өз алдынча башкаруу
                жөнүндө
                1-берене. Предмети
                """);
        assertEquals("law", header.type());
        assertEquals(LocalDate.of(2011, 7, 15), header.date());
        assertEquals("101", header.number());
        assertEquals("Жергиликтүү өз алдынча башкаруу жөнүндө", header.title());
    }

    @Test
    void readsOtherActTypesAndDigitDates() {
        ActHeader decree = find("УКАЗ ПРЕЗИДЕНТА КЫРГЫЗСКОЙ РЕСПУБЛИКИ\nот 01.02.2021 № УП-12\n«О мерах поддержки»\n");
        assertEquals("decree", decree.type());
        assertEquals(LocalDate.of(2021, 2, 1), decree.date());
        assertEquals("УП-12", decree.number());
        assertEquals("О мерах поддержки", decree.title());
        ActHeader resolution = find(
                "КЫРГЫЗ РЕСПУБЛИКАСЫНЫН МИНИСТРЛЕР КАБИНЕТИНИН ТОКТОМУ\n2022-жылдын 3-майындагы № 250\nЖобо жөнүндө\n");
        assertEquals("resolution", resolution.type());
        assertEquals(LocalDate.of(2022, 5, 3), resolution.date());
        assertEquals(
                "code",
                find("КОДЕКС КЫРГЫЗСКОЙ РЕСПУБЛИКИ\nот 1 мая 2020 года № 1\nО чём-то\n")
                        .type());
    }

    @Test
    void aTitleInQuotesOnTheTypeLineIsTaken() {
        ActHeader ru = find("Закон Кыргызской Республики «О местном самоуправлении»\nот 15 июля 2011 года № 101\n");
        assertEquals("О местном самоуправлении", ru.title());
        assertEquals("101", ru.number());
        ActHeader ky = find("«Жергиликтүү өз алдынча башкаруу жөнүндө» Кыргыз Республикасынын Мыйзамы\n");
        assertEquals("Жергиликтүү өз алдынча башкаруу жөнүндө", ky.title());
        assertNull(ky.date());
    }

    @Test
    void textWithoutAHeadingBlockGivesNothing() {
        ActHeader header = find("Статья 1. Предмет\n1. Закон применяется везде.\n");
        assertEquals(-1, header.first());
        assertNull(header.type());
        assertNull(header.title());
    }

    @Test
    void aLawMentionedInsideTheTextIsNotAHeading() {
        assertNull(find("Статья 1. Предмет\nЗакон Кыргызской Республики\n").type());
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertNull(ActHeader.date("от 31 февраля 2011 года"));
        assertEquals(LocalDate.of(2019, 5, 31), ActHeader.date("от 31 мая 2019 года"));
        assertEquals(LocalDate.of(2019, 3, 12), ActHeader.date("2019-жылдын 12-мартындагы"));
    }

    @Test
    void theActTypeMayBeSplitOverTwoLines() {
        ActHeader ru =
                find("ЗАКОН\n\nКЫРГЫЗСКОЙ РЕСПУБЛИКИ\n\nот 15 июля 2011 года № 101\n\nО местном самоуправлении\n");
        assertEquals("law", ru.type());
        assertEquals("О местном самоуправлении", ru.title());
        ActHeader ky = find(
                "КЫРГЫЗ РЕСПУБЛИКАСЫНЫН\nМЫЙЗАМЫ\n2011-жылдын 15-июлундагы № 101\nЖергиликтүү өз алдынча башкаруу жөнүндө\n");
        assertEquals("law", ky.type());
        assertEquals("101", ky.number());
        assertEquals("Жергиликтүү өз алдынча башкаруу жөнүндө", ky.title());
    }
}
