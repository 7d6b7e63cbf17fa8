package kg.kodeks.analysis;

import java.util.Optional;
import kg.kodeks.model.Language;

/**
 * Tells Kyrgyz from Russian by letters: ң, ө and ү exist only in Kyrgyz; a short query without
 * them is taken as Russian unless a Kyrgyz-only spelling pattern shows up.
 */
public final class LanguageDetector {
    private LanguageDetector() {}

    /** The language of the text; Russian when nothing marks it as Kyrgyz. */
    public static Language detect(String text) {
        return detectStrictly(text).orElse(Language.RUS);
    }

    /** Kyrgyz or Russian when the letters say so; empty for text without Cyrillic letters. */
    public static Optional<Language> detectStrictly(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean cyrillic = false;
        int russianOnly = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ң', 'ө', 'ү' -> {
                    return Optional.of(Language.KIR);
                }
                // щ, ъ, ь, э-less endings: frequent in Russian, absent from native Kyrgyz words.
                case 'щ', 'ъ', 'ь' -> russianOnly++;
                default -> {}
            }
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic = true;
            }
        }
        if (!cyrillic) {
            return Optional.empty();
        }
        if (russianOnly == 0 && hasKyrgyzWord(lower)) {
            return Optional.of(Language.KIR);
        }
        return Optional.of(Language.RUS);
    }

    /** Frequent Kyrgyz legal words spelled with letters Russian shares. */
    private static boolean hasKyrgyzWord(String lower) {
        for (String word : lower.split("[^\\p{L}]+")) {
            for (String stem : KYRGYZ_STEMS) {
                if (word.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] KYRGYZ_STEMS = {
        "мыйзам",
        "берене",
        "айыл",
        "жана",
        "укук",
        "жергиликтүү",
        "кеңеш",
        "шаар",
        "аймак",
        "тартип",
        "жоопкер",
        "милдет",
        "жыйын"
    };
}
