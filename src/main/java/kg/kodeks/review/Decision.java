package kg.kodeks.review;

import java.util.Locale;

/** What the drafters decided on a comment; {@link #OPEN} until they have. */
public enum Decision {
    OPEN("open"),
    ACCEPTED("accepted"),
    PARTLY("partly"),
    REJECTED("rejected");

    private final String code;

    Decision(String code) {
        this.code = code;
    }

    /** The word used in files, JSON and on the command line. */
    public String code() {
        return code;
    }

    public boolean decided() {
        return this != OPEN;
    }

    /** Reads a code as written in a file or typed by a user; null when it is none of them. */
    public static Decision parse(String text) {
        String c = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Decision d : values()) {
            if (d.code.equals(c)) {
                return d;
            }
        }
        return null;
    }
}
