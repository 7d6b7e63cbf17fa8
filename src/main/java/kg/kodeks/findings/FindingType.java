package kg.kodeks.findings;

import java.util.Locale;

/** The four kinds of findings. */
public enum FindingType {
    DUPLICATE,
    CONFLICT,
    REFERENCE,
    PARITY;

    /** The spelling used on the command line and in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code duplicate}, {@code conflict}, {@code reference} or {@code parity}. */
    public static FindingType parse(String text) {
        for (FindingType type : values()) {
            if (type.code().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException(
                "unknown finding type '" + text + "': expected duplicate, conflict, reference or parity");
    }
}
