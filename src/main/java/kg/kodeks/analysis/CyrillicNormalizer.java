package kg.kodeks.analysis;

/**
 * Folds the spelling variants met in official texts onto one form, in place: ё to е, Latin
 * letters that look like Cyrillic ones (typed by mistake or by OCR) to Cyrillic when the word
 * is otherwise Cyrillic, the Latin ö ü ñ used for ө ү ң on old keyboards, and removes
 * apostrophes, soft hyphens and joiners. Works on lower-case text.
 */
public final class CyrillicNormalizer {
    private CyrillicNormalizer() {}

    /**
     * Normalises {@code s[0..len)} and returns the new length (shorter when characters were
     * removed).
     */
    public static int normalize(char[] s, int len) {
        boolean cyrillic = hasCyrillic(s, len);
        if (cyrillic && isClean(s, len)) {
            return len;
        }
        int out = 0;
        for (int i = 0; i < len; i++) {
            char c = s[i];
            if (isRemoved(c)) {
                continue;
            }
            s[out++] = fold(c, cyrillic);
        }
        return out;
    }

    private static boolean isRemoved(char c) {
        return switch (c) {
            case '\'',
                    '\u2019',
                    '\u2018',
                    '\u02bc',
                    '\u02bb',
                    '`',
                    '\u00b4',
                    '\u00ad',
                    '\u200b',
                    '\u200c',
                    '\u200d',
                    '\u2060',
                    '\ufeff' -> true;
            default -> false;
        };
    }

    private static boolean hasCyrillic(char[] s, int len) {
        for (int i = 0; i < len; i++) {
            if (s[i] >= '\u0400' && s[i] <= '\u04ff') {
                return true;
            }
        }
        return false;
    }

    /** The common case, checked first because it is cheap: a plain Cyrillic word or number. */
    private static boolean isClean(char[] s, int len) {
        for (int i = 0; i < len; i++) {
            char c = s[i];
            boolean plain = c >= 'а' && c <= 'я' || c == 'ө' || c == 'ү' || c == 'ң' || c >= '0' && c <= '9';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c, boolean cyrillicWord) {
        switch (c) {
            case 'ё':
                return 'е';
            case 'ö':
            case 'ɵ':
            case 'ø':
                return cyrillicWord ? 'ө' : c;
            case 'ü':
                return cyrillicWord ? 'ү' : c;
            case 'ñ':
            case 'ӊ':
            case 'ӈ':
                return 'ң';
            case 'ұ':
                return 'ү';
            case 'ҥ':
                return 'ң';
            default:
                break;
        }
        if (!cyrillicWord || c > 'z' || c < 'a') {
            return c;
        }
        return switch (c) {
            case 'a' -> 'а';
            case 'e' -> 'е';
            case 'o' -> 'о';
            case 'p' -> 'р';
            case 'c' -> 'с';
            case 'x' -> 'х';
            case 'y' -> 'у';
            case 'k' -> 'к';
            case 'm' -> 'м';
            case 'h' -> 'н';
            case 't' -> 'т';
            case 'b' -> 'в';
            default -> c;
        };
    }
}
