package kg.kodeks.findings;

import java.util.Locale;
import java.util.function.Function;
import kg.kodeks.error.Messages;

/** Builds the two-language explanation of a finding from the findings bundle. */
final class Explain {
    static final String BUNDLE = "kg.kodeks.findings.messages";
    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale KY = Locale.forLanguageTag("ky");

    private Explain() {}

    /** The same arguments in both languages. */
    static Explanation of(String key, Object... args) {
        return new Explanation(Messages.format(RU, BUNDLE, key, args), Messages.format(KY, BUNDLE, key, args));
    }

    /** Arguments that depend on the language (words such as «обязанность» / «милдет»). */
    static Explanation localized(String key, Function<Locale, Object[]> args) {
        return new Explanation(
                Messages.format(RU, BUNDLE, key, args.apply(RU)), Messages.format(KY, BUNDLE, key, args.apply(KY)));
    }

    static String word(Locale locale, String key) {
        return Messages.format(locale, BUNDLE, key);
    }
}
