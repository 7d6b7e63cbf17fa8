package kg.kodeks.analysis;

import kg.kodeks.model.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/** A stemming analyzer followed by {@link NegationPairFilter}: what a stemmed field indexes. */
final class NegationPairAnalyzer extends AnalyzerWrapper {
    private final Analyzer stemming;
    private final Language language;

    NegationPairAnalyzer(Analyzer stemming, Language language) {
        super(GLOBAL_REUSE_STRATEGY);
        this.stemming = stemming;
        this.language = language;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return stemming;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(
                components.getSource(), new NegationPairFilter(components.getTokenStream(), language));
    }
}
