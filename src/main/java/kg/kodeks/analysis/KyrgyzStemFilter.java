package kg.kodeks.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Stems Kyrgyz tokens with {@link KyrgyzStemmer}; tokens marked as keywords (the protected
 * words) pass unchanged.
 */
public final class KyrgyzStemFilter extends TokenFilter {
    private final KyrgyzStemmer stemmer;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    public KyrgyzStemFilter(TokenStream input) {
        this(input, new KyrgyzStemmer(false));
    }

    public KyrgyzStemFilter(TokenStream input, KyrgyzStemmer stemmer) {
        super(input);
        this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword()) {
            termAtt.setLength(stemmer.stem(termAtt.buffer(), termAtt.length()));
        }
        return true;
    }
}
