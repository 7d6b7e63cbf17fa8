package kg.kodeks.analysis;

import java.io.IOException;
import kg.kodeks.model.Language;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replays an {@link AnalysedText} as the token stream of one field: its words (exact field) or
 * its stems with the negation pairs (stemmed field). Lucene offers the stream of a field back for
 * the same field of the next document, so one replay per field and indexing thread serves every
 * document.
 */
final class TokenReplay extends TokenStream {
    private final boolean stemmed;
    private final Language language;
    private final Source source;
    private final TokenStream out;

    TokenReplay(boolean stemmed, Language language) {
        this.stemmed = stemmed;
        this.language = language;
        this.source = new Source(this, stemmed);
        this.out = stemmed ? new NegationPairFilter(source, language) : source;
    }

    boolean replays(boolean stemmedTokens, Language textLanguage) {
        return stemmed == stemmedTokens && (!stemmed || language == textLanguage);
    }

    void start(AnalysedText text) {
        source.text = text;
    }

    @Override
    public boolean incrementToken() throws IOException {
        return out.incrementToken();
    }

    @Override
    public void reset() throws IOException {
        out.reset();
    }

    @Override
    public void end() throws IOException {
        out.end();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** The recorded tokens, sharing the attributes of the replay. */
    private static final class Source extends TokenStream {
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final int startOf;
        private final int lengthOf;
        private AnalysedText text;
        private AnalysedText.Part current;
        private int part;
        private int shift;
        private int token;
        /** Positions of skipped stop words (and of anything the tokenizer skipped) not yet given out. */
        private int skipped;

        Source(TokenStream attributes, boolean stemmed) {
            super(attributes);
            this.startOf = stemmed ? AnalysedText.Part.STEM : AnalysedText.Part.WORD;
            this.lengthOf = stemmed ? AnalysedText.Part.STEM_LENGTH : AnalysedText.Part.WORD_LENGTH;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            while (current != null) {
                if (token == current.count()) {
                    skipped += current.finalIncrement();
                    enter(part + 1);
                    continue;
                }
                int t = token++;
                int increment = skipped + current.get(t, AnalysedText.Part.INCREMENT);
                int length = current.get(t, lengthOf);
                if (length < 0) {
                    skipped = increment;
                    continue;
                }
                skipped = 0;
                termAtt.copyBuffer(current.chars(), current.get(t, startOf), length);
                posIncAtt.setPositionIncrement(increment);
                offsetAtt.setOffset(
                        shift + current.get(t, AnalysedText.Part.START), shift + current.get(t, AnalysedText.Part.END));
                return true;
            }
            return false;
        }

        private void enter(int p) {
            part = p;
            token = 0;
            current = p < text.partCount() ? text.part(p) : null;
            shift = current == null ? 0 : text.shift(p);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            skipped = 0;
            enter(0);
        }

        @Override
        public void end() throws IOException {
            super.end();
            posIncAtt.setPositionIncrement(skipped);
            offsetAtt.setOffset(text.length(), text.length());
        }
    }
}
