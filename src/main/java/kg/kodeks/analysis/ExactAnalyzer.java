package kg.kodeks.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The unstemmed field of both languages: standard tokens, lower case and
 * {@link CyrillicNormalizer}, no stop words, no stemming — for exact phrases, numbers
 * («30 дней») and modality («не вправе»).
 */
public final class ExactAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, normalized(source));
    }

    /** The tokens every field starts from: lower case, {@link CyrillicNormalizer}. */
    static TokenStream normalized(Tokenizer source) {
        return new CyrillicNormalizationFilter(new CyrillicLowerCaseFilter(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new CyrillicNormalizationFilter(new LowerCaseFilter(in));
    }
}
