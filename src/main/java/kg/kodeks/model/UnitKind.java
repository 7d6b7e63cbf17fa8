package kg.kodeks.model;

/**
 * The levels of an act's structure, outermost first, with their Akoma Ntoso element id prefixes.
 * A part of an article («часть», «бөлүк») is a paragraph ({@code para}) in Akoma Ntoso.
 */
public enum UnitKind {
    SECTION("sec"),
    CHAPTER("chp"),
    ARTICLE("art"),
    PART("para"),
    POINT("point"),
    SUBPOINT("subpoint");

    private final String prefix;

    UnitKind(String prefix) {
        this.prefix = prefix;
    }

    /** The element id prefix, as in {@code art_12}. */
    public String prefix() {
        return prefix;
    }

    /** True for the levels that may carry a norm's text. */
    public boolean carriesNorms() {
        return ordinal() >= ARTICLE.ordinal();
    }

    /** Finds the kind for an element id prefix, or null. */
    public static UnitKind ofPrefix(String prefix) {
        for (UnitKind kind : values()) {
            if (kind.prefix.equals(prefix)) {
                return kind;
            }
        }
        return null;
    }
}
