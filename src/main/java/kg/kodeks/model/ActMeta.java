package kg.kodeks.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What is known about one language version of an act apart from its text.
 *
 * @param work the act's identity as a work
 * @param language the language of this version
 * @param title the title as it stands in quotes after the act type («О местном самоуправлении»)
 * @param status in force or repealed
 * @param source where the text comes from
 * @param notes editorial notes on the whole act (amendment history)
 * @param sample true for the texts written for the bundled sample workspace
 */
public record ActMeta(
        WorkId work,
        Language language,
        String title,
        ActStatus status,
        String source,
        List<String> notes,
        boolean sample) {

    public ActMeta {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an act needs a title");
        }
        source = source == null ? "" : source;
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    public String type() {
        return work.type();
    }

    public String number() {
        return work.number();
    }

    public LocalDate date() {
        return work.date();
    }

    /** The expression URI, as in {@code /akn/kg/act/law/2011-07-15/101/rus}. */
    public String expression() {
        return work.expression(language);
    }

    /** The address of one of this act's units. */
    public UnitRef ref(String eid) {
        return new UnitRef(work, language, eid);
    }
}
