package kg.kodeks.analysis;

import java.util.List;
import kg.kodeks.model.Language;
import org.apache.lucene.analysis.TokenStream;

/**
 * The tokens of one text for both kinds of text field, made by {@link TokenCache}: each
 * normalised word (the exact field) with its stem, or none for a stop word (the stemmed field).
 * A text may be made of parts analysed apart and joined by white space: a word never runs across
 * white space, so the tokens are those of the whole text, with offsets and positions moved on.
 *
 * <p>{@link #exactTokens} and {@link #stemmedTokens} replay the tokens as a field's token stream;
 * they give the same terms, positions and offsets as {@link Schema#indexAnalyzer()} on the whole
 * text. Immutable.
 */
public final class AnalysedText {
    private final Language language;
    private final List<Part> parts;
    private final int[] shifts;
    private final int length;

    AnalysedText(Language language, List<Part> parts, int separatorLength) {
        this.language = language;
        this.parts = List.copyOf(parts);
        this.shifts = new int[parts.size()];
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            shifts[i] = at;
            at += parts.get(i).length() + (i + 1 < parts.size() ? separatorLength : 0);
        }
        this.length = at;
    }

    /** The length of the text in characters (the final offset of its tokens). */
    public int length() {
        return length;
    }

    /** The words as the exact field indexes them; {@code reuse} is the stream Lucene offers back. */
    public TokenStream exactTokens(TokenStream reuse) {
        return replay(false, reuse);
    }

    /** The stems and negation pairs as the stemmed field of the language indexes them. */
    public TokenStream stemmedTokens(TokenStream reuse) {
        return replay(true, reuse);
    }

    private TokenStream replay(boolean stemmed, TokenStream reuse) {
        TokenReplay replay =
                reuse instanceof TokenReplay r && r.replays(stemmed, language) ? r : new TokenReplay(stemmed, language);
        replay.start(this);
        return replay;
    }

    int partCount() {
        return parts.size();
    }

    Part part(int i) {
        return parts.get(i);
    }

    int shift(int i) {
        return shifts[i];
    }

    /**
     * The tokens of one text analysed on its own. Per token, {@link #STRIDE} ints in
     * {@code tokens}: where the word and the stem are in {@code chars} (a stem length of -1 marks
     * a stop word), the position increment and the offsets. {@code finalIncrement} counts
     * positions the tokenizer skipped after the last token. Never changed once made.
     */
    static final class Part {
        static final int WORD = 0;
        static final int WORD_LENGTH = 1;
        static final int STEM = 2;
        static final int STEM_LENGTH = 3;
        static final int INCREMENT = 4;
        static final int START = 5;
        static final int END = 6;
        static final int STRIDE = 7;

        private final char[] chars;
        private final int[] tokens;
        private final int count;
        private final int length;
        private final int finalIncrement;

        Part(char[] chars, int[] tokens, int count, int length, int finalIncrement) {
            this.chars = chars;
            this.tokens = tokens;
            this.count = count;
            this.length = length;
            this.finalIncrement = finalIncrement;
        }

        char[] chars() {
            return chars;
        }

        int count() {
            return count;
        }

        int length() {
            return length;
        }

        int finalIncrement() {
            return finalIncrement;
        }

        int get(int token, int what) {
            return tokens[token * STRIDE + what];
        }
    }
}
