package kg.kodeks.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kg.kodeks.model.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Analyses each distinct text of one language once, for the exact and the stemmed field at the
 * same time, and joins analysed texts into longer ones. The documents of an act share their
 * texts: a part's words are in its norm and in its article, a lead-in in the norm of each of its
 * points; the exact field and the stemmed field of a norm read the same words. Analysing every
 * field of every document on its own tokenised each word three times or more.
 *
 * <p>One pass tokenises and normalises a text as {@link ExactAnalyzer} does and records the
 * words; the steps of the stemming analyzer ({@link Stemming}) then give each word its stem.
 * Not thread-safe: one cache per act (or per thread).
 */
public final class TokenCache {
    private static final Map<Language, Analyzer> RECORDERS = Map.of(
            Language.KIR, new RecordingAnalyzer((Stemming) Analyzers.forLanguage(Language.KIR)),
            Language.RUS, new RecordingAnalyzer((Stemming) Analyzers.forLanguage(Language.RUS)));

    private final Language language;
    private final Map<String, AnalysedText.Part> parts = new HashMap<>();

    public TokenCache(Language language) {
        this.language = language;
    }

    /**
     * The tokens of {@code texts} joined by {@code separator}, a space or a line break: of
     * {@code String.join(separator, texts)}.
     */
    public AnalysedText analyse(String separator, List<String> texts) {
        if (separator.isEmpty() || !separator.isBlank()) {
            throw new IllegalArgumentException("texts are joined by white space, not by «" + separator + "»");
        }
        List<AnalysedText.Part> analysed = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (!joinable(text)) {
                // A combining mark or a format character at the edge could cling to the separator.
                return new AnalysedText(language, List.of(part(String.join(separator, texts))), 0);
            }
            analysed.add(part(text));
        }
        return new AnalysedText(language, analysed, separator.length());
    }

    /** The tokens of one text. */
    public AnalysedText analyse(String text) {
        return new AnalysedText(language, List.of(part(text)), 0);
    }

    private AnalysedText.Part part(String text) {
        AnalysedText.Part part = parts.get(text);
        if (part == null) {
            Recorder recorder = (Recorder) RECORDERS.get(language).tokenStream("", text);
            part = recorder.record(text.length());
            parts.put(text, part);
        }
        return part;
    }

    /**
     * True when the text starts and ends with a character that cannot join white space next to
     * it in the word-break rules (Unicode UAX #29 lets marks and format characters extend the
     * character before them). Plain letters, digits and punctuation of Cyrillic and Latin text.
     */
    static boolean joinable(String text) {
        return text.isEmpty() || plain(text.charAt(0)) && plain(text.charAt(text.length() - 1));
    }

    private static boolean plain(char c) {
        if (c < '\u0300') {
            return c != '\u00ad';
        }
        if (c >= '\u0400' && c <= '\u04ff') {
            return c < '\u0483' || c > '\u0489';
        }
        return c >= '\u2010' && c <= '\u2027' || c == '\u2116';
    }

    /** Tokeniser, normalisation, then the recorder, which stems what it recorded. */
    private static final class RecordingAnalyzer extends Analyzer {
        private final Stemming stemming;

        RecordingAnalyzer(Stemming stemming) {
            this.stemming = stemming;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new Recorder(ExactAnalyzer.normalized(source), stemming));
        }
    }

    /**
     * Keeps every normalised word with its position increment and offsets, then gives each its
     * stem. The stemming steps see one word at a time (stop list, protected words and stemmer
     * look at nothing else), so a word's stem is worked out once per thread and remembered:
     * legal text uses a small vocabulary over and over.
     */
    private static final class Recorder extends TokenFilter {
        /** Remembered stems per thread before the memory is cleared. */
        private static final int MAX_REMEMBERED = 200_000;
        /** The stem of a stop word, which the stemmed field leaves out. */
        private static final char[] STOP = new char[0];

        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final OneWord word = new OneWord();
        private final TokenStream stemmer;
        private final CharTermAttribute stemAtt;
        private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
        private char[] chars = new char[256];
        private int charCount;
        private int[] tokens = new int[64 * AnalysedText.Part.STRIDE];
        private int count;
        private int finalIncrement;

        Recorder(TokenStream input, Stemming stemming) {
            super(input);
            this.stemmer = stemming.stemmed(word);
            this.stemAtt = stemmer.addAttribute(CharTermAttribute.class);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            int length = termAtt.length();
            chars = ArrayUtil.grow(chars, charCount + length);
            System.arraycopy(termAtt.buffer(), 0, chars, charCount, length);
            tokens = ArrayUtil.grow(tokens, (count + 1) * AnalysedText.Part.STRIDE);
            int at = count * AnalysedText.Part.STRIDE;
            tokens[at + AnalysedText.Part.WORD] = charCount;
            tokens[at + AnalysedText.Part.WORD_LENGTH] = length;
            tokens[at + AnalysedText.Part.INCREMENT] = posIncAtt.getPositionIncrement();
            tokens[at + AnalysedText.Part.START] = offsetAtt.startOffset();
            tokens[at + AnalysedText.Part.END] = offsetAtt.endOffset();
            charCount += length;
            count++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            finalIncrement = posIncAtt.getPositionIncrement();
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            charCount = 0;
            count = 0;
            finalIncrement = 0;
        }

        /** Records the whole of the text this stream was given and stems it. */
        AnalysedText.Part record(int length) {
            try (Recorder self = this) {
                reset();
                while (incrementToken()) {
                    // recording is all
                }
                end();
                for (int t = 0; t < count; t++) {
                    stem(t);
                }
                return new AnalysedText.Part(
                        Arrays.copyOf(chars, charCount),
                        Arrays.copyOf(tokens, count * AnalysedText.Part.STRIDE),
                        count,
                        length,
                        finalIncrement);
            } catch (IOException e) {
                // Analysis of an in-memory string does no I/O; this would be a bug.
                throw new UncheckedIOException(e);
            }
        }

        private void stem(int t) throws IOException {
            int at = t * AnalysedText.Part.STRIDE;
            int start = tokens[at + AnalysedText.Part.WORD];
            int length = tokens[at + AnalysedText.Part.WORD_LENGTH];
            char[] stem = stems.get(chars, start, length);
            if (stem == null) {
                stem = stemOf(start, length);
                if (stems.size() >= MAX_REMEMBERED) {
                    stems.clear();
                }
                stems.put(Arrays.copyOfRange(chars, start, start + length), stem);
            }
            if (stem == STOP) {
                tokens[at + AnalysedText.Part.STEM_LENGTH] = -1;
            } else if (stem.length <= length
                    && Arrays.equals(chars, start, start + stem.length, stem, 0, stem.length)) {
                // Most stems are the word cut short: point into the word.
                tokens[at + AnalysedText.Part.STEM] = start;
                tokens[at + AnalysedText.Part.STEM_LENGTH] = stem.length;
            } else {
                chars = ArrayUtil.grow(chars, charCount + stem.length);
                System.arraycopy(stem, 0, chars, charCount, stem.length);
                tokens[at + AnalysedText.Part.STEM] = charCount;
                tokens[at + AnalysedText.Part.STEM_LENGTH] = stem.length;
                charCount += stem.length;
            }
        }

        /** Runs the stemming steps over one word: its stem, or {@link #STOP}. */
        private char[] stemOf(int start, int length) throws IOException {
            word.set(chars, start, length);
            try {
                stemmer.reset();
                char[] stem = stemmer.incrementToken() ? Arrays.copyOf(stemAtt.buffer(), stemAtt.length()) : STOP;
                stemmer.end();
                return stem;
            } finally {
                stemmer.close();
            }
        }
    }

    /** A stream of one word, for the stemming steps. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private char[] buffer;
        private int start;
        private int length;
        private boolean done;

        void set(char[] chars, int from, int count) {
            buffer = chars;
            start = from;
            length = count;
        }

        @Override
        public boolean incrementToken() {
            if (done) {
                return false;
            }
            clearAttributes();
            termAtt.copyBuffer(buffer, start, length);
            done = true;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            done = false;
        }
    }
}
