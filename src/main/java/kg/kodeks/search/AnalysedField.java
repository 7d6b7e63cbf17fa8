package kg.kodeks.search;

import kg.kodeks.analysis.AnalysedText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * A text field whose tokens were made beforehand by a {@link kg.kodeks.analysis.TokenCache}:
 * Lucene stores the text as given and indexes the recorded tokens instead of analysing it again.
 */
final class AnalysedField extends Field {
    private final AnalysedText tokens;
    private final boolean stemmed;

    /**
     * @param text the whole text, stored when the type says so
     * @param tokens its tokens
     * @param stemmed index the stems (a language's text field), else the words (the exact field)
     */
    AnalysedField(String name, String text, FieldType type, AnalysedText tokens, boolean stemmed) {
        super(name, text, type);
        if (tokens.length() != text.length()) {
            throw new IllegalArgumentException(
                    "the tokens are of another text (" + tokens.length() + " characters, not " + text.length() + ")");
        }
        this.tokens = tokens;
        this.stemmed = stemmed;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        return stemmed ? tokens.stemmedTokens(reuse) : tokens.exactTokens(reuse);
    }
}
