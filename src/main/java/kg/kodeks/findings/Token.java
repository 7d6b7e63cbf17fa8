package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or number of a text with its character offsets, lower-cased. Hyphenated Kyrgyz forms
 * such as «45-беренеси» stay one token, because the number and its ending belong together.
 *
 * @param text the token, lower case, «ё» written «е»
 * @param start the offset of its first character
 * @param end the offset after its last character
 */
record Token(String text, int start, int end) {

    boolean isNumber() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /** The leading digits of the token, or -1 when it does not start with a digit. */
    long leadingNumber() {
        int i = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && i < 15) {
            i++;
        }
        return i == 0 ? -1 : Long.parseLong(text.substring(0, i));
    }

    /** What follows the number and its hyphen: «беренеси» of «45-беренеси». */
    String suffixAfterNumber() {
        int i = 0;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return text.substring(i);
    }

    /** Splits a text into tokens: letters and digits, with inner hyphens kept. */
    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '%') {
                i++;
                continue;
            }
            int start = i;
            if (text.charAt(i) == '%') {
                out.add(new Token("%", i, i + 1));
                i++;
                continue;
            }
            while (i < n
                    && (Character.isLetterOrDigit(text.charAt(i))
                            || (isHyphen(text.charAt(i))
                                    && i + 1 < n
                                    && Character.isLetterOrDigit(text.charAt(i + 1))
                                    && i > start))) {
                i++;
            }
            String word = text.substring(start, i)
                    .toLowerCase(Locale.ROOT)
                    .replace('ё', 'е')
                    .replace('‑', '-')
                    .replace('–', '-');
            out.add(new Token(word, start, i));
        }
        return out;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‑';
    }
}
