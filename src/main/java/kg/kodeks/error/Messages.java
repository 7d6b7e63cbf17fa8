package kg.kodeks.error;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message texts from a feature's resource bundle ({@code messages.properties} in English,
 * {@code messages_ru}, {@code messages_ky}). A missing key is a bug, but the user still sees
 * the key and its arguments rather than nothing.
 */
public final class Messages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /** Formats the message {@code key} of the bundle in the given language. */
    public static String format(Locale locale, String bundle, String key, Object... args) {
        try {
            ResourceBundle messages = ResourceBundle.getBundle(bundle, locale, NO_FALLBACK);
            return new MessageFormat(messages.getString(key), locale).format(args == null ? new Object[0] : args);
        } catch (MissingResourceException e) {
            return key + (args == null || args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
    }
}
