package kg.kodeks.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of an act as a work, independent of its language: the Akoma Ntoso work URI
 * {@code /akn/kg/act/law/2011-07-15/101}.
 */
public record WorkId(String type, LocalDate date, String number) {
    private static final Pattern URI =
            Pattern.compile("/akn/kg/act/([a-z][a-z-]*)/(\\d{4}-\\d{2}-\\d{2})/([\\p{L}\\p{N}._-]+)");
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z-]*");
    private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}._-]+");

    public WorkId {
        Objects.requireNonNull(date, "date");
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("act type must be lower-case latin letters, got '" + type + "'");
        }
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException(
                    "act number must be letters, digits, '.', '_' or '-', got '" + number + "'");
        }
    }

    /** The work URI, as in {@code /akn/kg/act/law/2011-07-15/101}. */
    public String uri() {
        return "/akn/kg/act/" + type + "/" + date + "/" + number;
    }

    /** The URI of this work's expression in one language, as in {@code …/101/rus}. */
    public String expression(Language language) {
        return uri() + "/" + language.code();
    }

    /**
     * Reads a work URI.
     *
     * @throws IllegalArgumentException saying what a work URI looks like
     */
    public static WorkId parse(String uri) {
        Matcher m = URI.matcher(uri == null ? "" : uri.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + uri + "' is not a work URI like /akn/kg/act/law/2011-07-15/101");
        }
        try {
            return new WorkId(m.group(1), LocalDate.parse(m.group(2)), m.group(3));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + uri + "' has an impossible date " + m.group(2));
        }
    }

    @Override
    public String toString() {
        return uri();
    }
}
