package kg.kodeks.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;

/** The lines of one article, found in the raw text of a version without parsing it. */
class ArticleSegmentTest {
    private static final String RUS = """
            ## Глава 1. Общие положения

            ### Статья 1. Понятия

            1. Текст со ссылкой на Статья 2. в середине строки.

            ### Статья 12. Сроки

            1. Десять дней.

            ## Глава 2. Органы

            ### Статья 2. Кенеш

            1. Последняя статья.
            """;

    private static final String KIR = """
            ### 11-берене. Он биринчи

            1. Он биринчи берененин тексти.

            ### 1-берене. Биринчи

            1. Биринчи берененин тексти.
            """;

    private static String segment(String text, String number, Language language) {
        return ArticleHistory.segment(text.getBytes(StandardCharsets.UTF_8), number, language);
    }

    @Test
    void anArticleRunsFromItsHeadingToTheNextStructuralHeading() {
        assertEquals("### Статья 12. Сроки\n\n1. Десять дней.\n\n", segment(RUS, "12", Language.RUS));
    }

    @Test
    void aHeadingQuotedInsideTextIsNotTheArticle() {
        assertEquals("### Статья 2. Кенеш\n\n1. Последняя статья.\n", segment(RUS, "2", Language.RUS));
    }

    @Test
    void aKyrgyzNumberIsNotFoundInsideALongerOne() {
        assertEquals("### 1-берене. Биринчи\n\n1. Биринчи берененин тексти.\n", segment(KIR, "1", Language.KIR));
        assertEquals(
                "### 11-берене. Он биринчи\n\n1. Он биринчи берененин тексти.\n\n", segment(KIR, "11", Language.KIR));
    }

    @Test
    void aMissingArticleHasNoLines() {
        assertNull(segment(RUS, "99", Language.RUS));
    }

    @Test
    void everyArticleOfAVersionIsCutTheSameWayAsOneArticle() {
        var all = ArticleHistory.articles(RUS.getBytes(StandardCharsets.UTF_8), Language.RUS);
        assertEquals(java.util.Set.of("1", "12", "2"), all.keySet());
        for (String number : all.keySet()) {
            assertEquals(segment(RUS, number, Language.RUS), all.get(number), number);
        }
        var kir = ArticleHistory.articles(KIR.getBytes(StandardCharsets.UTF_8), Language.KIR);
        assertEquals(segment(KIR, "1", Language.KIR), kir.get("1"));
        assertEquals(segment(KIR, "11", Language.KIR), kir.get("11"));
    }
}
