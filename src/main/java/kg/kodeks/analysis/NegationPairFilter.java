package kg.kodeks.analysis;

import java.io.IOException;
import kg.kodeks.model.Language;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Adds the pair term of {@link NegationPairs} for two adjacent stems that bind, stacked on the
 * first (position increment 0, spanning both words and their offsets). Put it after the
 * stemmer; words with a removed stop word between them are not adjacent and make no pair.
 *
 * <p>The pair is emitted just before the second word, once that word is known; its start
 * offset is the first word's, so offsets never go backwards.
 */
public final class NegationPairFilter extends TokenFilter {
    private final Language language;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);

    private char[] previous = new char[16];
    private int previousLength = -1;
    private int previousStart;
    private State second;

    public NegationPairFilter(TokenStream input, Language language) {
        super(input);
        this.language = language;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (second != null) {
            restoreState(second);
            second = null;
            remember();
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (previousLength >= 0
                && posIncAtt.getPositionIncrement() == 1
                && NegationPairs.binds(language, previous, previousLength, termAtt.buffer(), termAtt.length())) {
            second = captureState();
            int end = offsetAtt.endOffset();
            int secondLength = termAtt.length();
            char[] pair = ArrayUtil.grow(previous, previousLength + 1 + secondLength);
            previous = pair;
            pair[previousLength] = NegationPairs.JOINER;
            System.arraycopy(termAtt.buffer(), 0, pair, previousLength + 1, secondLength);
            termAtt.copyBuffer(pair, 0, previousLength + 1 + secondLength);
            posIncAtt.setPositionIncrement(0);
            posLenAtt.setPositionLength(2);
            offsetAtt.setOffset(previousStart, end);
            return true;
        }
        remember();
        return true;
    }

    private void remember() {
        previous = ArrayUtil.grow(previous, termAtt.length());
        System.arraycopy(termAtt.buffer(), 0, previous, 0, termAtt.length());
        previousLength = termAtt.length();
        previousStart = offsetAtt.startOffset();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previousLength = -1;
        second = null;
    }
}
