package kg.kodeks.documents;

import java.util.Locale;
import kg.kodeks.error.Messages;
import kg.kodeks.model.Language;

/** Words written into documents, in the document's language (not the interface's). */
final class Labels {
    private static final String BUNDLE = "kg.kodeks.documents.labels";

    private Labels() {}

    static String get(Language language, String key, Object... args) {
        return Messages.format(
                language == Language.KIR ? Locale.forLanguageTag("ky") : Locale.forLanguageTag("ru"),
                BUNDLE,
                key,
                args);
    }
}
