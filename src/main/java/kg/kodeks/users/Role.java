package kg.kodeks.users;

import java.util.Locale;

/** What a user of the web workbench may do. */
public enum Role {
    /** Searches the corpus and decides on findings. */
    EXPERT,
    /** Edits and commits the draft, answers comments. */
    DRAFTER,
    /** Renders documents and runs review rounds. */
    SECRETARIAT,
    /** Everything, including users. */
    ADMIN;

    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "unknown role '" + text + "': expected expert, drafter, secretariat or admin");
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
