package kg.kodeks.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kg.kodeks.model.Language;
import kg.kodeks.review.DocxTables.Cell;
import kg.kodeks.review.DocxTables.Merge;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentImportTest {
    /** Citations that name units of v2, in Russian and Kyrgyz styles and as ids, with the unit each names. */
    private static final String[][] RESOLVABLE = {
        {"ст. 12 ч. 1", "art_12__para_1"},
        {"статья 12, часть 2", "art_12__para_2"},
        {"12-берене, 1-бөлүк", "art_12__para_1"},
        {"12-беренесинин 2-бөлүгү", "art_12__para_2"},
        {"ст. 13 ч. 2", "art_13__para_2"},
        {"13-берене", "art_13"},
        {"статья 14, часть 2, пункт 1", "art_14__para_2__point_1"},
        {"14-беренесинин 2-бөлүгүнүн 2-пункту", "art_14__para_2__point_2"},
        {"ст. 15", "art_15"},
        {"art_16__para_1", "art_16__para_1"},
        {"chp_2__art_14__para_1", "art_14__para_1"},
        {"пункт 2 части 2 статьи 14", "art_14__para_2__point_2"},
        {"16-берене, 1-бөлүк", "art_16__para_1"},
    };

    @TempDir
    Path dir;

    /** A returned form of 50 table rows: a header, a heading row across the table, merged unit cells, filled, empty and unplaceable rows. */
    static List<List<Cell>> fiftyRows(List<String> expectedUnits) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.of("Структурная единица"), Cell.of("Замечание"), Cell.of("Предлагаемая редакция")));
        rows.add(List.of(new Cell("Глава 2. Органы местного самоуправления", 3, Merge.NONE)));
        rows.add(List.of(new Cell("ст. 13 ч. 1", 1, Merge.RESTART), Cell.of("Первое замечание к ч. 1"), Cell.of("")));
        rows.add(List.of(
                new Cell("", 1, Merge.CONTINUE), Cell.of("Второе замечание к ч. 1"), Cell.of("Новая редакция")));
        rows.add(List.of(new Cell("", 1, Merge.CONTINUE), Cell.of("Третье замечание к ч. 1"), Cell.of("")));
        for (int i = 0; i < 3; i++) {
            expectedUnits.add("art_13__para_1");
        }
        for (int i = 0; i < 39; i++) {
            String[] r = RESOLVABLE[i % RESOLVABLE.length];
            rows.add(List.of(
                    Cell.of(r[0]),
                    Cell.of("Замечание № " + (i + 1) + " к «" + r[0] + "»"),
                    Cell.of(i % 3 == 0 ? "Изложить в редакции № " + (i + 1) : "")));
            expectedUnits.add(r[1]);
        }
        rows.add(List.of(Cell.of("ст. 16"), Cell.of(""), Cell.of("")));
        rows.add(List.of(Cell.of("ст. 99"), Cell.of("Такой статьи нет"), Cell.of("")));
        rows.add(List.of(Cell.of("Общее замечание"), Cell.of("Проект слишком длинный"), Cell.of("")));
        rows.add(List.of(Cell.of("ч. 2"), Cell.of("Не сказано, какой статьи"), Cell.of("")));
        rows.add(List.of(Cell.of("14-берене, 9-бөлүк"), Cell.of("Мындай бөлүк жок"), Cell.of("")));
        rows.add(List.of(Cell.of("ст. 12 ч. 1"), Cell.of(""), Cell.of("Только редакция, без замечания")));
        return rows;
    }

    @Test
    void placesEveryResolvableRowOfAFiftyRowFormAndListsTheRest() throws Exception {
        List<String> expected = new ArrayList<>();
        List<List<Cell>> rows = fiftyRows(expected);
        assertEquals(50, rows.size());
        Path form = dir.resolve("returned.docx");
        DocxTables.write(form, List.of("Замечания к проекту"), rows);

        Workspace ws = DraftsFixture.create(dir);
        try (RepositoryDraftVersions drafts = RepositoryDraftVersions.open(ws.drafts())) {
            ReviewService review = DraftsFixture.service(ws, drafts, DraftsFixture.TODAY);
            review.open("v2", LocalDate.of(2026, 3, 20), "r1", Language.RUS);
            int before = DraftsFixture.commitCount(ws);
            ImportReport report = review.importForm(form, "r1", "Токтогулов Б., Айыл окмоту");

            assertEquals(42, report.added().size());
            assertEquals(
                    expected,
                    report.added().stream()
                            .map(c -> kg.kodeks.model.ElementIds.shortForm(c.unit()))
                            .toList());
            assertEquals("Второе замечание к ч. 1", report.added().get(1).text());
            assertEquals("Новая редакция", report.added().get(1).proposal());
            assertEquals(
                    List.of(46, 47, 48, 49, 50),
                    report.unplaced().stream().map(ImportReport.Unplaced::row).toList());
            assertEquals("ст. 99", report.unplaced().get(0).unit());
            assertEquals("Такой статьи нет", report.unplaced().get(0).comment());
            assertTrue(
                    report.unplaced().get(3).reason(Locale.ENGLISH).contains("does not exist"),
                    report.unplaced().get(3).reason(Locale.ENGLISH));
            assertEquals(42, review.comments("r1").size());
            assertEquals("Айыл окмоту", review.comment("r1-042").organisation());
            assertEquals(before + 1, DraftsFixture.commitCount(ws), "one commit for the whole import");
        }
    }

    @Test
    void theWrittenFormReadsBackAsAnEmptyTable() throws Exception {
        Workspace ws = DraftsFixture.create(dir);
        try (RepositoryDraftVersions drafts = RepositoryDraftVersions.open(ws.drafts())) {
            ReviewService review = DraftsFixture.service(ws, drafts, DraftsFixture.TODAY);
            review.open("v2", LocalDate.of(2026, 3, 20), "r1", Language.RUS);
            Path form = review.form("r1", dir.resolve("form.docx"));
            List<List<DocxTables.Row>> tables = DocxTables.read("form.docx", SafeDocx.read(form));
            assertEquals(1, tables.size());
            List<DocxTables.Row> table = tables.get(0);
            assertEquals(1 + 5, table.size(), "a header and a row per article");
            assertEquals("Статья 14", table.get(3).cell(0));
            CommentTable.Result placed = CommentTable.place(
                    table, drafts.draft(drafts.resolve("v2"), Language.RUS).orElseThrow());
            assertTrue(placed.placed().isEmpty() && placed.unplaced().isEmpty(), "an unfilled form holds no comments");
        }
    }

    @Test
    void findsTheColumnsByTheirHeaderWhenTheFormHasANumberColumn() throws Exception {
        Workspace ws = DraftsFixture.create(dir);
        try (RepositoryDraftVersions drafts = RepositoryDraftVersions.open(ws.drafts())) {
            var v2 = drafts.draft(drafts.resolve("v2"), Language.RUS).orElseThrow();
            List<DocxTables.Row> rows = List.of(
                    new DocxTables.Row(1, List.of("№", "Структуралык бирдик", "Сунушталган редакция", "Сын-пикир")),
                    new DocxTables.Row(2, List.of("1", "12-берене, 2-бөлүк", "Беш жыл", "Мөөнөттү өзгөртүү")),
                    new DocxTables.Row(3, List.of("2", "ст. 99", "", "Жок берене")));
            CommentTable.Result result = CommentTable.place(rows, v2);
            assertEquals(1, result.placed().size());
            assertEquals("art_12__para_2", result.placed().get(0).unit().shortEid());
            assertEquals("Мөөнөттү өзгөртүү", result.placed().get(0).comment());
            assertEquals("Беш жыл", result.placed().get(0).proposal());
            assertEquals(3, result.unplaced().get(0).row());
        }
    }
}
