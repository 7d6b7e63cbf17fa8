package kg.kodeks.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Kyrgyz text for the stemmed field: standard tokens, lower case, {@link CyrillicNormalizer},
 * a short stop list of pure connectives, protected words marked as keywords, then
 * {@link KyrgyzStemmer}.
 */
public final class KyrgyzAnalyzer extends Analyzer implements Stemming {
    /**
     * Connectives and pronouns dropped from the stemmed field. Words that carry legal meaning
     * stay: же (or), эмес (not), жок (none), мүмкүн (may), тийиш (must), чейин (until), кийин
     * (after), ашык (more than), кем (less than).
     */
    public static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(
            List.of(
                    "жана", "да", "де", "та", "те", "дагы", "ал", "алар", "анын", "бул", "ушул", "ошол", "ошондой",
                    "деп", "ал эми", "эми", "мына", "бирок", "ошону", "муну", "аны"),
            false));

    /**
     * Words the stemmer must leave alone: modal and negative words whose exact form matters, and
     * words whose ending only looks like a suffix (башка is «other», not баш «head» + ка).
     */
    public static final CharArraySet PROTECTED_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(
            List.of(
                    "башка",
                    "эмес",
                    "тийиш",
                    "мүмкүн",
                    "керек",
                    "жок",
                    "болбойт",
                    "зарыл",
                    "милдеттүү",
                    "укуктуу",
                    "жогорку",
                    "кыргыз",
                    "эгерде",
                    "боюнча",
                    "ылайык",
                    "тууралуу",
                    "жөнүндө",
                    "ичинде",
                    "алдында",
                    "кийин",
                    "чейин",
                    "ашык",
                    "мөөнөтү"),
            false));

    private final CharArraySet protectedWords;
    private final boolean derivational;

    public KyrgyzAnalyzer() {
        this(PROTECTED_WORDS, false);
    }

    /**
     * @param protectedWords words left unstemmed
     * @param derivational also strip -уу, -ган, -лык (see {@link KyrgyzStemmer})
     */
    public KyrgyzAnalyzer(CharArraySet protectedWords, boolean derivational) {
        this.protectedWords = protectedWords;
        this.derivational = derivational;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, stemmed(ExactAnalyzer.normalized(source)));
    }

    /** The Kyrgyz steps after normalisation; {@link TokenCache} runs them over tokens it records. */
    @Override
    public TokenStream stemmed(TokenStream normalized) {
        TokenStream result = new StopFilter(normalized, STOP_WORDS);
        result = new SetKeywordMarkerFilter(result, protectedWords);
        return new KyrgyzStemFilter(result, new KyrgyzStemmer(derivational));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new CyrillicNormalizationFilter(new LowerCaseFilter(in));
    }
}
