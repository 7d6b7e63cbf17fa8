package kg.kodeks.review;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One comment of a working-group member on one unit of the round's draft version, with the
 * drafters' decision on it.
 *
 * @param id the comment's id, as in {@code r1-007}
 * @param round the round's id
 * @param author the member's name
 * @param organisation the member's organisation (may be empty)
 * @param date the day the comment was received
 * @param unit the element id of the unit in the round's version, as in {@code chp_2__art_14__para_2}
 * @param text the comment
 * @param proposal the proposed wording, empty when none
 * @param decision the decision, {@link Decision#OPEN} until taken
 * @param reason the reasoning of the decision, empty while open
 * @param decidedBy who decided, empty while open
 * @param decidedOn when it was decided, null while open
 */
public record Comment(
        String id,
        String round,
        String author,
        String organisation,
        LocalDate date,
        String unit,
        String text,
        String proposal,
        Decision decision,
        String reason,
        String decidedBy,
        LocalDate decidedOn) {

    public Comment {
        if (!ReviewIds.isValid(id) || !ReviewIds.isValid(round)) {
            throw new IllegalArgumentException("bad comment or round id " + id + " / " + round);
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(decision, "decision");
        if (author == null || author.isBlank() || unit == null || unit.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a comment needs an author, a unit and a text");
        }
        organisation = organisation == null ? "" : organisation.trim();
        proposal = proposal == null ? "" : proposal;
        reason = reason == null ? "" : reason;
        decidedBy = decidedBy == null ? "" : decidedBy;
    }

    /** «Name, Organisation», or the name alone. */
    public String authorLine() {
        return organisation.isEmpty() ? author : author + ", " + organisation;
    }

    /** A copy with the drafters' decision. */
    public Comment decided(Decision newDecision, String newReason, String by, LocalDate on) {
        return new Comment(id, round, author, organisation, date, unit, text, proposal, newDecision, newReason, by, on);
    }
}
