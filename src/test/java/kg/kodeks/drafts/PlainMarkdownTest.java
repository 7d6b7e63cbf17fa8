package kg.kodeks.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;

/** Drafts read line by line give exactly what flexmark's tree gives. */
class PlainMarkdownTest {
    private static final String FRONT = """
            ---
            id: /akn/kg/act/code/2026-01-01/draft
            title: Пробный кодекс
            lang: rus
            ---
            """;

    /** Lines plain and tricky: every construct the line-by-line reading must leave to flexmark. */
    private static final List<String> LINES = List.of(
            "",
            "   ",
            "## Глава 1. Общие положения",
            "## Глава 2. Органы",
            "### Статья 1. Предмет",
            "### Статья 2. Полномочия",
            "### Статья 3. Сроки",
            "#Статья 4. Без пробела",
            "####### Статья 5. Семь решеток",
            "1. Настоящий Кодекс регулирует отношения.",
            "2. Вторая часть.",
            "1) созывать сходы;",
            "2) проводить слушания.",
            "а) подпункт;",
            "- пункт списка",
            "* звездочка",
            "+ плюс",
            "10. Десятая часть.",
            "   продолжение с отступом",
            "Органы вправе:",
            "Статья 7. в тексте абзаца",
            "*Курсив.*",
            "**Жирный**",
            "1.5 процента",
            "-текст без пробела",
            "12345678901. слишком длинный номер",
            "  ### Статья 9. С отступом",
            "   - вложенный пункт",
            "#",
            "<!--",
            "-->",
            "<!-- source: /akn/kg/act/law/2010-01-01/1/rus#art_1 -->",
            "1.",
            "-",
            "1.      код в пункте",
            "    отступ в четыре пробела",
            "<!-- source: /akn/kg/act/law/2010-01-01/1/rus#art_2 --> хвост",
            "Текст части. <!-- source: /akn/kg/act/law/2010-02-02/2/rus#art_1 -->",
            "--> хвост",
            "<!-->",
            "  <!-- source: x -->",
            "<div>",
            "</div>",
            "<pre>",
            "```",
            "~~~",
            "> цитата",
            "[ссылка]: /url",
            "---",
            "***",
            "___",
            "===",
            "- - -",
            "\tтабуляция",
            "1. <!-- source: y -->",
            "- ```",
            "1. > цитата в пункте",
            "### Статья 12. Текст <!-- source: z -->");

    /** The first lines of {@link #LINES}, up to the first comment, are plain. */
    private static final int PLAIN = LINES.indexOf("<!-- source: /akn/kg/act/law/2010-01-01/1/rus#art_1 -->") + 1;

    @Test
    void theSampleDraftsAreReadLineByLineWithTheSameResult() throws Exception {
        Path drafts = DraftTesting.sampleDrafts();
        for (Path dir : List.of(drafts, drafts.resolve("history/v1"), drafts.resolve("history/v2"))) {
            for (Language language : Language.values()) {
                String text = Files.readString(dir.resolve(Draft.fileName(language)));
                assertNotNull(plainLines(text), dir + " " + language);
                assertSameBothWays(Draft.fileName(language), language, text);
            }
        }
    }

    @Test
    void theTestFixturesGiveTheSameResultEitherWay() throws Exception {
        for (String name : List.of("code.rus.md", "code.kir.md", "lint.rus.md", "lint.kir.md")) {
            Language language = name.contains("kir") ? Language.KIR : Language.RUS;
            assertSameBothWays(name.replace("lint", "code"), language, DraftTesting.fixture(name));
        }
    }

    @Test
    void aFencedBlockIsLeftToFlexmark() throws Exception {
        assertNull(plainLines(DraftTesting.fixture("code.rus.md")));
    }

    @Test
    void randomDraftsOfPlainAndTrickyLinesGiveTheSameResultEitherWay() {
        Random random = new Random(20260101);
        int plain = 0;
        for (int doc = 0; doc < 2000; doc++) {
            StringBuilder text = new StringBuilder(FRONT);
            int lines = 1 + random.nextInt(30);
            // Most documents draw from the plain lines only, so the line-by-line path is taken often.
            int pool = random.nextBoolean() ? PLAIN : LINES.size();
            for (int i = 0; i < lines; i++) {
                text.append(LINES.get(random.nextInt(pool))).append(random.nextInt(8) == 0 ? "\r\n" : "\n");
            }
            String draft = text.toString();
            if (plainLines(draft) != null) {
                plain++;
            }
            assertSameBothWays("code.rus.md", Language.RUS, draft);
        }
        assertTrue(plain > 300, "line by line: " + plain);
    }

    @Test
    void aCarriageReturnAloneOrAFrontMatterNotAtTheTopIsLeftToFlexmark() {
        String body = "\n### Статья 1. Предмет\n\n1. Текст.\n";
        assertNotNull(plainLines(FRONT + body));
        assertNull(plainLines("\n" + FRONT + body));
        assertSameBothWays("code.rus.md", Language.RUS, (FRONT + body).replace("\n", "\r"));
        assertSameBothWays("code.rus.md", Language.RUS, "\n" + FRONT + body);
    }

    private static boolean[] plainLines(String text) {
        List<String> raw = DraftReader.lines(text);
        int close = raw.subList(1, raw.size()).indexOf("---") + 1;
        return close <= 0 ? null : PlainMarkdown.textLines(raw, close + 2);
    }

    private static void assertSameBothWays(String name, Language language, String text) {
        DraftFile flexmark = DraftReader.parse(name, language, text, false);
        DraftFile lines = DraftReader.parse(name, language, text, true);
        assertEquals(flexmark, lines, text);
    }
}
