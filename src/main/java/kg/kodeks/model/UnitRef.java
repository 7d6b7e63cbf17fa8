package kg.kodeks.model;

import java.util.Objects;

/**
 * The address of one unit of one language version of an act:
 * {@code /akn/kg/act/law/2011-07-15/101/rus#art_12__para_2}. The element id may be the full one
 * or the short one that starts at the article.
 */
public record UnitRef(WorkId work, Language language, String eid) {
    public UnitRef {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(language, "language");
        if (eid == null || eid.isBlank()) {
            throw new IllegalArgumentException("a unit address needs an element id after '#'");
        }
    }

    /** The expression URI of the act this unit belongs to. */
    public String expression() {
        return work.expression(language);
    }

    /**
     * Reads {@code <work uri>/<lang>#<element id>}.
     *
     * @throws IllegalArgumentException saying what the address should look like
     */
    public static UnitRef parse(String text) {
        String s = text == null ? "" : text.trim();
        int hash = s.indexOf('#');
        int slash = hash < 0 ? -1 : s.lastIndexOf('/', hash);
        if (hash < 0 || slash < 0) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a unit address like /akn/kg/act/law/2011-07-15/101/rus#art_12__para_2");
        }
        WorkId work = WorkId.parse(s.substring(0, slash));
        Language language = Language.parse(s.substring(slash + 1, hash));
        return new UnitRef(work, language, s.substring(hash + 1));
    }

    @Override
    public String toString() {
        return expression() + "#" + eid;
    }
}
