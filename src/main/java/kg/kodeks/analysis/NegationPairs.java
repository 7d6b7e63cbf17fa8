package kg.kodeks.analysis;

import java.util.List;
import kg.kodeks.model.Language;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Which two adjacent words the stemmed fields also index as one term, «не вправ» or «укуктуу
 * эмес»: a negation and the word it negates. The negations are among the most frequent words of
 * legal text, so a phrase with one of them would make Lucene compare the positions of hundreds
 * of thousands of norms; as one term it is looked up directly. In Russian «не» and «ни» negate
 * the word after them; in Kyrgyz «эмес» and «жок» the word before.
 *
 * <p>The pair term is the two stems joined by a space, which no tokenizer puts inside a token,
 * so a pair never meets a word. It is indexed at the position of the first word, stacked on it.
 */
public final class NegationPairs {
    /** Russian words that bind to the word after them. */
    public static final CharArraySet RUSSIAN_BEFORE =
            CharArraySet.unmodifiableSet(new CharArraySet(List.of("не", "ни"), false));
    /** Kyrgyz words that bind to the word before them. */
    public static final CharArraySet KYRGYZ_AFTER =
            CharArraySet.unmodifiableSet(new CharArraySet(List.of("эмес", "жок"), false));

    /** The lengths of the words in each set, one bit each: most words are ruled out by length. */
    private static final long RUSSIAN_LENGTHS = lengths(RUSSIAN_BEFORE);

    private static final long KYRGYZ_LENGTHS = lengths(KYRGYZ_AFTER);

    /** What joins the two words of a pair term. */
    public static final char JOINER = ' ';

    private NegationPairs() {}

    /** True when {@code first} followed directly by {@code second} is indexed as a pair too. */
    public static boolean binds(Language language, char[] first, int firstLength, char[] second, int secondLength) {
        return language == Language.RUS
                ? hasLength(RUSSIAN_LENGTHS, firstLength) && RUSSIAN_BEFORE.contains(first, 0, firstLength)
                : hasLength(KYRGYZ_LENGTHS, secondLength) && KYRGYZ_AFTER.contains(second, 0, secondLength);
    }

    private static boolean hasLength(long lengths, int length) {
        return length < Long.SIZE && (lengths >>> length & 1) != 0;
    }

    private static long lengths(CharArraySet words) {
        long bits = 0;
        for (Object word : words) {
            bits |= 1L << ((char[]) word).length;
        }
        return bits;
    }

    /** The same for terms as strings (queries). */
    public static boolean binds(Language language, String first, String second) {
        return language == Language.RUS ? RUSSIAN_BEFORE.contains(first) : KYRGYZ_AFTER.contains(second);
    }

    /** The pair term of two stems. */
    public static String pair(String first, String second) {
        return first + JOINER + second;
    }
}
