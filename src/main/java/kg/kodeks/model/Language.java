package kg.kodeks.model;

import java.util.Locale;

/** The two languages every act and the Code exist in, with their ISO 639-2 codes. */
public enum Language {
    /** Kyrgyz, the state language. */
    KIR("kir", "ky"),
    /** Russian, the official language. */
    RUS("rus", "ru");

    private final String code;
    private final String shortCode;

    Language(String code, String shortCode) {
        this.code = code;
        this.shortCode = shortCode;
    }

    /** The three-letter code used in Akoma Ntoso expression URIs: {@code kir}, {@code rus}. */
    public String code() {
        return code;
    }

    /** The two-letter code used by locales: {@code ky}, {@code ru}. */
    public String shortCode() {
        return shortCode;
    }

    public Locale locale() {
        return Locale.forLanguageTag(shortCode);
    }

    /** The other language of the pair, where a parallel unit is looked up. */
    public Language other() {
        return this == KIR ? RUS : KIR;
    }

    /**
     * Reads a language code as users type it: {@code kir}, {@code ky}, {@code rus}, {@code ru},
     * in any case.
     *
     * @throws IllegalArgumentException naming the accepted codes
     */
    public static Language parse(String text) {
        String code = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(code) || language.shortCode.equals(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + text + "': expected kir, ky, rus or ru");
    }
}
