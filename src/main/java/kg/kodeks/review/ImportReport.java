package kg.kodeks.review;

import java.util.List;
import java.util.Locale;
import kg.kodeks.error.Messages;

/**
 * What an import of a comment form did.
 *
 * @param added the comments written, in table order
 * @param unplaced the rows that could not be placed
 */
public record ImportReport(List<Comment> added, List<Unplaced> unplaced) {
    /**
     * A row left out: its number in the table, the unit and comment as written, and why.
     *
     * @param problem the message key of the reason in the review bundle
     * @param detail the text the reason is about
     */
    public record Unplaced(int row, String unit, String comment, String problem, String detail) {
        /** The reason in the given language. */
        public String reason(Locale locale) {
            return Messages.format(locale, ReviewService.BUNDLE, problem, unit);
        }
    }

    public ImportReport {
        added = List.copyOf(added);
        unplaced = List.copyOf(unplaced);
    }
}
