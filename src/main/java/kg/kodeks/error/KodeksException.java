package kg.kodeks.error;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Something the user can fix: a malformed file, an unknown unit, a bad query. The message is a
 * key into a resource bundle plus its arguments, so the CLI and the web show it in the user's
 * language; {@link #getMessage()} gives the English text.
 */
public class KodeksException extends Exception {
    private final String bundle;
    private final String key;
    private final transient Object[] args;

    /**
     * @param bundle the base name of the bundle that holds the key, as in
     *     {@code kg.kodeks.corpus.messages}
     * @param key the message key
     * @param args the values for the message's placeholders
     */
    public KodeksException(String bundle, String key, Object... args) {
        this(null, bundle, key, args);
    }

    public KodeksException(Throwable cause, String bundle, String key, Object... args) {
        super(Messages.format(Locale.ENGLISH, bundle, key, args), cause);
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.key = Objects.requireNonNull(key, "key");
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }

    /** The message in the given language (Russian, Kyrgyz or English). */
    public String localized(Locale locale) {
        return Messages.format(locale, bundle, key, args);
    }
}
