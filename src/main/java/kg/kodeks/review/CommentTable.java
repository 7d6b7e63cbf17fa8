package kg.kodeks.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Act;
import kg.kodeks.model.Unit;

/**
 * Reads the comment table of a returned form (unit | comment | proposed wording) and places
 * each row on a unit of the round's draft. Rows that cannot be placed are listed with their
 * number and text, never guessed. A header row and rows without a comment are passed over.
 */
final class CommentTable {

    /** A row placed on a unit. */
    record Placed(int row, Unit unit, String comment, String proposal) {}

    /** A row that could not be placed, with its text and the reason (a message key and detail). */
    record Unplaced(int row, String unitText, String comment, String problem, String detail) {}

    record Result(List<Placed> placed, List<Unplaced> unplaced) {
        Result {
            placed = List.copyOf(placed);
            unplaced = List.copyOf(unplaced);
        }
    }

    private CommentTable() {}

    /** Reads and places; fails (naming the file) when the file is unusable or has no such table. */
    static Result read(Path file, Act draft) throws KodeksException {
        String name = file.toString();
        byte[] bytes = SafeDocx.read(file);
        List<List<DocxTables.Row>> tables = DocxTables.read(name, bytes);
        List<DocxTables.Row> table = tables.stream()
                .filter(t -> t.stream().anyMatch(r -> r.cells().size() >= 2))
                .findFirst()
                .orElseThrow(() -> new KodeksException(ReviewService.BUNDLE, "docx.noTable", name));
        return place(table, draft);
    }

    static Result place(List<DocxTables.Row> rows, Act draft) {
        List<Placed> placed = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        Columns columns = Columns.DEFAULT;
        boolean first = true;
        for (DocxTables.Row row : rows) {
            if (first) {
                first = false;
                if (isHeader(oneLine(row.cell(0)))) {
                    columns = Columns.of(row);
                    continue;
                }
            }
            String unitText = oneLine(row.cell(columns.unit()));
            String comment = row.cell(columns.comment()).strip();
            String proposal =
                    columns.proposal() < 0 ? "" : row.cell(columns.proposal()).strip();
            if (comment.isEmpty() && proposal.isEmpty()) {
                continue;
            }
            if (comment.isEmpty()) {
                unplaced.add(new Unplaced(row.number(), unitText, proposal, "row.noComment", ""));
                continue;
            }
            UnitCitations.Resolution r = UnitCitations.resolve(unitText, draft);
            if (r.found()) {
                placed.add(new Placed(row.number(), r.unit(), comment, proposal));
            } else {
                unplaced.add(new Unplaced(row.number(), unitText, comment, r.problem(), r.detail()));
            }
        }
        return new Result(placed, unplaced);
    }

    /**
     * Which grid column holds what. Without a header: unit, comment, proposed wording. With one,
     * the columns are found by their names, so forms with a leading «№» column or another order
     * read as well.
     */
    record Columns(int unit, int comment, int proposal) {
        static final Columns DEFAULT = new Columns(0, 1, 2);

        static Columns of(DocxTables.Row header) {
            int unit = -1;
            int comment = -1;
            int proposal = -1;
            for (int i = 0; i < header.cells().size(); i++) {
                String name = header.cell(i).toLowerCase(java.util.Locale.ROOT);
                if (proposal < 0 && name.matches("(?s).*(редакц|сунуш|proposal|wording).*")) {
                    proposal = i;
                } else if (comment < 0 && name.matches("(?s).*(замечан|пикир|comment).*")) {
                    comment = i;
                } else if (unit < 0 && name.matches("(?s).*(единиц|бирдик|стать|берене|норм|unit|article).*")) {
                    unit = i;
                }
            }
            if (unit < 0 || comment < 0) {
                return DEFAULT;
            }
            return new Columns(unit, comment, proposal);
        }
    }

    /** A header names the columns: no digits, no element id. */
    private static boolean isHeader(String unitText) {
        return !unitText.isEmpty() && unitText.chars().noneMatch(Character::isDigit) && !unitText.contains("_");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
