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
    record Placed(int row, Unit unit, String comment, String proposal) {
    }

    /** A row that could not be placed, with its text and the reason (a message key and detail). */
    record Unplaced(int row, String unitText, String comment, String problem, String detail) {
    }

    record Result(List<Placed> placed, List<Unplaced> unplaced) {
        Result {
            placed = List.copyOf(placed);
            unplaced = List.copyOf(unplaced);
        }
    }

    private CommentTable() {
    }

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
        boolean first = true;
        for (DocxTables.Row row : rows) {
            String unitText = oneLine(row.cell(0));
            String comment = row.cell(1).strip();
            String proposal = row.cell(2).strip();
            boolean header = first && isHeader(unitText);
            first = false;
            if (header || comment.isEmpty() && proposal.isEmpty()) {
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

    /** A header names the columns: no digits, no element id. */
    private static boolean isHeader(String unitText) {
        return !unitText.isEmpty() && unitText.chars().noneMatch(Character::isDigit) && !unitText.contains("_");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
