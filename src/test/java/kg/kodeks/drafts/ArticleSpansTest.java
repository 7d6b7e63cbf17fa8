package kg.kodeks.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;

/** The headings of a version found from its neighbour's are those a full reading finds. */
class ArticleSpansTest {
    private static final List<String> PIECES = List.of(
            "\n### Статья 7. Вставленная\n\n1. Текст.\n",
            "\n## Глава 9. Новая глава\n",
            "\n### Статья 8. Второй раз восьмая\n",
            "\n12-берене. Кыргызча\n",
            " слово",
            "\n",
            "\n\n1. Часть.",
            "Статья",
            "### ",
            "ё");

    @Test
    void editedVersionsOfTheSampleAreReadFromTheirNeighbourAsFromScratch() throws Exception {
        for (Language language : Language.values()) {
            String base = Files.readString(DraftTesting.sampleDrafts().resolve(Draft.fileName(language)));
            Random random = new Random(language.ordinal());
            for (int round = 0; round < 400; round++) {
                String newer = edit(base, random);
                String older = random.nextInt(4) == 0 ? base : edit(newer, random);
                check(older, newer, language);
                check(newer, older, language);
            }
        }
    }

    @Test
    void identicalVersionsAndVersionsThatAreAPrefixOfTheOther() {
        String text = "### Статья 1. А\n\n1. Текст.\n\n### Статья 2. Б\n";
        check(text, text, Language.RUS);
        check(text, text + "\n1. Ещё.", Language.RUS);
        check("", text, Language.RUS);
        check(text.replace("\n", ""), text, Language.RUS);
    }

    private static void check(String older, String newer, Language language) {
        byte[] a = older.getBytes(StandardCharsets.UTF_8);
        byte[] b = newer.getBytes(StandardCharsets.UTF_8);
        ArticleSpans fromScratch = ArticleSpans.of(a, language);
        ArticleSpans.Step back = ArticleSpans.of(b, language).compare(a, true);
        ArticleSpans.Step forward = fromScratch.compare(b, false);
        assertEquals(fromScratch.articles(), back.other().articles());
        assertEquals(ArticleSpans.of(b, language).articles(), forward.other().articles());
        Set<String> expected = differing(ArticleSpans.of(b, language).articles(), fromScratch.articles());
        assertEquals(expected, back.changed(), newer);
        assertEquals(expected, forward.changed());
        assertEquals(expected, ArticleSpans.of(b, language).changedSince(fromScratch));
    }

    /** The articles whose text differs, compared as decoded text, and those only the older has. */
    private static Set<String> differing(Map<String, String> newer, Map<String, String> older) {
        Set<String> out = new HashSet<>();
        newer.forEach((number, text) -> {
            if (!text.equals(older.get(number))) {
                out.add(number);
            }
        });
        older.keySet().stream().filter(n -> !newer.containsKey(n)).forEach(out::add);
        return out;
    }

    /** One to three insertions, deletions or replacements at random places. */
    private static String edit(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int at = random.nextInt(out.length() + 1);
            int len = Math.min(out.length() - at, random.nextInt(60));
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, PIECES.get(random.nextInt(PIECES.size())));
                case 1 -> out.delete(at, at + len);
                default -> out.replace(at, at + len, PIECES.get(random.nextInt(PIECES.size())));
            }
        }
        return out.toString();
    }
}
