package kg.kodeks.analysis;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Russian text for the stemmed field: the chain of Lucene's {@link RussianAnalyzer} (standard
 * tokens, lower case, stop words, Snowball Russian) plus {@link CyrillicNormalizer}, with a stop
 * list that keeps the words on which legal meaning turns.
 */
public final class RussianLegalAnalyzer extends Analyzer implements Stemming {
    /**
     * Words of Lucene's Russian stop list that are kept: negation (не, нет, ни, нельзя, без,
     * никогда), modality (можно, может, надо), condition (если, при, только), time and order
     * (до, после, через, перед, между), comparison (более, больше; менее is not in the list
     * anyway), alternatives (или; и stays a stop word: it joins, it does not decide) and the
     * numerals один, два, три.
     */
    public static final Set<String> KEPT_WORDS = Set.of(
            "не", "нет", "ни", "нельзя", "без", "никогда", "можно", "может", "надо", "если", "при", "только", "до",
            "после", "через", "перед", "между", "более", "больше", "или", "один", "два", "три");

    /** Lucene's default Russian stop words minus {@link #KEPT_WORDS}. */
    public static final CharArraySet STOP_WORDS = legalStopWords();

    /**
     * Words Snowball would cut as if they were verb forms («орган» → «орга», while «органы» →
     * «орган»): kept as they are so that every form meets.
     */
    public static final CharArraySet PROTECTED_WORDS =
            CharArraySet.unmodifiableSet(new CharArraySet(List.of("орган", "план"), false));

    private final CharArraySet protectedWords;

    public RussianLegalAnalyzer() {
        this(PROTECTED_WORDS);
    }

    /** @param protectedWords words left unstemmed */
    public RussianLegalAnalyzer(CharArraySet protectedWords) {
        this.protectedWords = protectedWords;
    }

    private static CharArraySet legalStopWords() {
        CharArraySet set = new CharArraySet(RussianAnalyzer.getDefaultStopSet().size(), false);
        for (Object word : RussianAnalyzer.getDefaultStopSet()) {
            String w = new String((char[]) word);
            if (!KEPT_WORDS.contains(w)) {
                set.add(w);
            }
        }
        return CharArraySet.unmodifiableSet(set);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, stemmed(ExactAnalyzer.normalized(source)));
    }

    /** The Russian steps after normalisation; {@link TokenCache} runs them over tokens it records. */
    @Override
    public TokenStream stemmed(TokenStream normalized) {
        TokenStream result = new StopFilter(normalized, STOP_WORDS);
        result = new SetKeywordMarkerFilter(result, protectedWords);
        return new SnowballFilter(result, new RussianStemmer());
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new CyrillicNormalizationFilter(new LowerCaseFilter(in));
    }

    /** Sorted, for documentation and the schema export. */
    static List<String> stopWordList() {
        return STOP_WORDS.stream().map(o -> new String((char[]) o)).sorted().toList();
    }
}
