package kg.kodeks.review;

import java.time.LocalDate;
import java.util.Objects;
import kg.kodeks.model.Language;

/**
 * A review round: the working group comments on one draft version until the due date.
 *
 * @param id the round's id, as in {@code r1}; also its folder under {@code review/}
 * @param version the draft version as the user named it (a tag such as {@code v2-iwg}, or a commit)
 * @param commit the commit the version stood for when the round was opened, so later moves of a
 *     tag do not change what the comments are about
 * @param language the language of the draft text the members read (units are the same in both)
 * @param opened the opening date
 * @param due the date by which comments are due
 * @param open true while the round takes comments
 */
public record Round(
        String id, String version, String commit, Language language, LocalDate opened, LocalDate due, boolean open) {

    public Round {
        if (!ReviewIds.isValid(id)) {
            throw new IllegalArgumentException("bad round id " + id);
        }
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(due, "due");
    }

    /** The status word: {@code open} or {@code closed}. */
    public String status() {
        return open ? "open" : "closed";
    }
}
