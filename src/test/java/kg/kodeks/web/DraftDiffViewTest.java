package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import kg.kodeks.drafts.Change;
import kg.kodeks.drafts.DraftReader;
import kg.kodeks.drafts.VersionDiff;
import kg.kodeks.drafts.WordOp;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;

/** The side-by-side layout puts every changed word on the line it belongs to. */
class DraftDiffViewTest {
    private static Act read(Path file, Language language) throws Exception {
        return DraftReader.parse(file.getFileName().toString(), language, Files.readString(file))
                .act();
    }

    @Test
    void everyWordChangeOfTheSampleHistoryIsMarkedOnItsSide() throws Exception {
        for (Language language : Language.values()) {
            String name = "code." + language.code() + ".md";
            Act older = read(Path.of("drafts/history/v1").resolve(name), language);
            Act newer = read(Path.of("drafts").resolve(name), language);
            int marked = 0;
            for (Change c : VersionDiff.compare(older, newer)) {
                if (!Change.ARTICLE.equals(c.unit())) {
                    continue;
                }
                List<DraftDiffView.Row> rows = DraftDiffView.rows(
                        c,
                        c.oldEid() == null ? null : older.find(c.oldEid()).orElseThrow(),
                        c.eid() == null ? null : newer.find(c.eid()).orElseThrow(),
                        language);
                assertEquals(words(c.words(), "-"), words(rows, true, "-"), language + " " + c);
                assertEquals(words(c.words(), "+"), words(rows, false, "+"), language + " " + c);
                assertEquals(0, words(rows, true, "+") + words(rows, false, "-"), "each side shows only its own marks");
                marked += words(c.words(), "-") + words(c.words(), "+");
            }
            assertTrue(marked > 0, "the sample has word changes in " + language);
        }
    }

    @Test
    void anInsertedPartStandsAloneOnTheRightAndTheOthersFaceEachOther() throws Exception {
        Path dir = Files.createTempDirectory("draft-view");
        String head = "---\nid: /akn/kg/act/code/2026-01-01/draft\ntitle: Образец\ntype: code\nnumber: draft\n"
                + "date: 2026-01-01\nlang: rus\nsample: true\n---\n\n## Глава 1. Общие\n\n### Статья 1. Сроки\n\n";
        Path a = Files.writeString(
                dir.resolve("a.md"), head + "1. Первая часть остается как есть.\n\n2. Вторая часть тоже остается.\n");
        Path b = Files.writeString(
                dir.resolve("b.md"),
                head
                        + "1. Первая часть остается как есть.\n\n2. Совершенно новая норма о публикации решений.\n\n"
                        + "3. Вторая часть тоже остается.\n");
        Act older = read(a, Language.RUS);
        Act newer = read(b, Language.RUS);
        Change change = VersionDiff.compare(older, newer).get(0);
        List<DraftDiffView.Row> rows = DraftDiffView.rows(
                change, older.articles().get(0), newer.articles().get(0), Language.RUS);
        assertEquals(4, rows.size(), rows.toString());
        assertTrue(
                rows.get(0).left().label().startsWith("Статья 1") && rows.get(0).right() != null,
                "headings face each other");
        assertTrue(text(rows.get(1).left()).contains("Первая часть")
                && text(rows.get(1).right()).contains("Первая часть"));
        assertNull(rows.get(2).left(), "the new part has nothing on the left");
        assertTrue(text(rows.get(2).right()).contains("Совершенно новая"));
        assertTrue(text(rows.get(3).left()).contains("Вторая часть")
                && text(rows.get(3).right()).contains("Вторая часть"));
        assertFalse(rows.get(0).left().labelChanged(), "the number did not change");
    }

    private static int words(List<WordOp> ops, String op) {
        return ops.stream()
                .filter(w -> w.op().equals(op))
                .mapToInt(w -> w.text().split(" ").length)
                .sum();
    }

    private static int words(List<DraftDiffView.Row> rows, boolean left, String op) {
        return rows.stream()
                .map(r -> left ? r.left() : r.right())
                .filter(Objects::nonNull)
                .flatMap(l -> l.segments().stream())
                .filter(s -> s.op().equals(op))
                .mapToInt(s -> s.text().split(" ").length)
                .sum();
    }

    private static String text(DraftDiffView.Line line) {
        return line == null
                ? ""
                : String.join(
                        " ",
                        line.segments().stream()
                                .map(DraftDiffView.Segment::text)
                                .toList());
    }
}
