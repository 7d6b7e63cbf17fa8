package kg.kodeks.model;

import java.util.Locale;

/** Whether an act is still in force. */
public enum ActStatus {
    IN_FORCE("in-force"),
    REPEALED("repealed");

    private final String code;

    ActStatus(String code) {
        this.code = code;
    }

    /** The spelling used in front matter and JSON. */
    public String code() {
        return code;
    }

    /** Reads {@code in-force} or {@code repealed} (also with underscores, any case). */
    public static ActStatus parse(String text) {
        String code = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ActStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + text + "': expected in-force or repealed");
    }
}
