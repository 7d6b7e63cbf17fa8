package kg.kodeks.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;

class VersionDiffTest {
    private static final String HEAD = """
            ---
            id: /akn/kg/act/code/2026-01-01/draft
            title: Пробный кодекс
            lang: rus
            ---
            """;

    private static Act act(String body) {
        DraftFile file = DraftReader.parse("code.rus.md", Language.RUS, HEAD + body);
        assertTrue(file.ok(), file.problems().toString());
        return file.act();
    }

    private static final String OLD = """
            ## Глава 1. Общие положения
            ### Статья 1. Предмет
            1. Кодекс регулирует отношения местного самоуправления.
            ### Статья 2. Понятия
            1. Местное сообщество — жители айылного аймака.
            ### Статья 3. Принципы
            1. Законность и гласность.
            ## Глава 2. Местные кенеши
            ### Статья 4. Местный кенеш
            1. Местный кенеш избирается на четыре года.
            ### Статья 5. Сессии
            1. Сессии созываются раз в квартал.
            """;

    @Test
    void reportsARenumberedArticleAsRenumberedNotAsRemovedAndAdded() {
        Act newer = act(OLD.replace("### Статья 2. Понятия\n1. Местное сообщество — жители айылного аймака.\n", "")
                .replace("Статья 3.", "Статья 2.")
                .replace("Статья 4.", "Статья 3.")
                .replace("Статья 5.", "Статья 4."));
        List<Change> changes = VersionDiff.compare(act(OLD), newer);
        assertEquals(
                List.of("removed"),
                changes.stream()
                        .filter(c -> c.oldNumber() != null && c.oldNumber().equals("2"))
                        .map(Change::kind)
                        .toList());
        Change renumbered = changes.stream()
                .filter(c -> "3".equals(c.oldNumber()))
                .findFirst()
                .orElseThrow();
        assertEquals(Change.RENUMBERED, renumbered.kind());
        assertEquals("2", renumbered.number());
        assertEquals("chp_1__art_2", renumbered.eid());
        assertEquals("chp_1__art_3", renumbered.oldEid());
        assertTrue(renumbered.words().isEmpty());
        assertEquals(
                3,
                changes.stream().filter(c -> c.kind().equals(Change.RENUMBERED)).count());
        assertTrue(changes.stream().noneMatch(c -> c.kind().equals(Change.ADDED)));
    }

    @Test
    void reportsWordLevelChangesInsideAPart() {
        Act newer = act(OLD.replace("на четыре года", "на пять лет"));
        List<Change> changes = VersionDiff.compare(act(OLD), newer);
        assertEquals(1, changes.size());
        Change c = changes.get(0);
        assertEquals(Change.MODIFIED, c.kind());
        assertEquals("chp_2__art_4", c.eid());
        assertTrue(
                c.words().contains(new WordOp("-", "четыре года.")), c.words().toString());
        assertTrue(c.words().contains(new WordOp("+", "пять лет.")), c.words().toString());
        assertEquals(
                new WordOp("=", "Местный кенеш 1. Местный кенеш избирается на"),
                c.words().get(0));
    }

    @Test
    void reportsAnArticleMovedToAnotherChapter() {
        // Article 3 goes to chapter 2 and keeps its number: the chapter line moves above it.
        String moved = OLD.replace(
                "### Статья 3. Принципы\n1. Законность и гласность.\n## Глава 2. Местные кенеши\n",
                "## Глава 2. Местные кенеши\n### Статья 3. Принципы\n1. Законность и гласность.\n");
        List<Change> changes = VersionDiff.compare(act(OLD), act(moved));
        assertEquals(1, changes.size(), changes.toString());
        assertEquals(Change.MOVED, changes.get(0).kind());
        assertEquals("chp_2__art_3", changes.get(0).eid());
        assertEquals("chp_1__art_3", changes.get(0).oldEid());
    }

    @Test
    void reportsAddedArticlesAndChapterChanges() {
        String newer = OLD.replace("## Глава 2. Местные кенеши", "## Глава 2. Представительные органы")
                + "## Глава 3. Заключительные положения\n### Статья 6. Вступление в силу\nКодекс вступает в силу через полгода.\n";
        List<Change> changes = VersionDiff.compare(act(OLD), act(newer));
        assertTrue(changes.contains(new Change(
                Change.ADDED, Change.ARTICLE, "chp_3__art_6", null, "6", null, "Вступление в силу", List.of())));
        assertTrue(changes.stream()
                .anyMatch(c -> c.unit().equals(Change.CHAPTER)
                        && c.kind().equals(Change.ADDED)
                        && c.number().equals("3")));
        assertTrue(
                changes.stream()
                        .anyMatch(c -> c.unit().equals(Change.CHAPTER)
                                && c.kind().equals(Change.MODIFIED)
                                && c.number().equals("2")),
                changes.toString());
    }

    @Test
    void findsNothingBetweenEqualVersions() {
        assertTrue(VersionDiff.compare(act(OLD), act(OLD)).isEmpty());
    }

    @Test
    void wordsAreSplitAtRunsOfWhitespaceAsThePatternSplitsThem() {
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        String alphabet = "аб1. \t\n\r\u000B\f\u00A0\u0001";
        java.util.Random random = new java.util.Random(3);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String trimmed = text.toString().trim();
            List<String> expected = trimmed.isEmpty() ? List.of() : List.of(spaces.split(trimmed));
            assertEquals(expected, VersionDiff.words(text.toString()), text.toString());
        }
    }
}
