package kg.kodeks.error;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong in a file, found while reading it: where it stands and what was expected.
 *
 * @param file the file as the user named it or as it stands in the workspace
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param severity {@code error} when the file could not be used, {@code warning} otherwise
 * @param bundle the resource bundle holding the message
 * @param key the message key
 * @param args the message's arguments, already as text
 */
public record Problem(String file, int line, String severity, String bundle, String key, List<String> args) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        if (!ERROR.equals(severity) && !WARNING.equals(severity)) {
            throw new IllegalArgumentException("severity must be error or warning, got " + severity);
        }
        args = List.copyOf(args);
    }

    public boolean isError() {
        return ERROR.equals(severity);
    }

    /** The message alone, in the given language. */
    public String message(Locale locale) {
        return Messages.format(locale, bundle, key, args.toArray());
    }

    /** The message in English. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /** «file:line: message», the way compilers report, in the given language. */
    public String describe(Locale locale) {
        return file + (line > 0 ? ":" + line : "") + ": " + message(locale);
    }
}
