package kg.kodeks.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class CyrillicLowerCaseFilterTest {

    @Test
    void lowerCasesEveryCharacterAsLucenesFilterDoes() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int c = 1; c < Character.MIN_SURROGATE; c++) {
            all.append((char) c);
        }
        all.append("𐐀𐐁"); // Deseret capitals: surrogate pairs
        String text = all.toString();
        assertEquals(lowerCased(text, LowerCaseFilter::new), lowerCased(text, CyrillicLowerCaseFilter::new));
    }

    @Test
    void lowerCasesKyrgyzAndRussianWords() throws IOException {
        assertEquals("кеңештин", last(lowerCased("КЕҢЕШТИН", CyrillicLowerCaseFilter::new)));
        assertEquals("ёлка", last(lowerCased("Ёлка", CyrillicLowerCaseFilter::new)));
        assertEquals("ўзбек", last(lowerCased("Ўзбек", CyrillicLowerCaseFilter::new)));
    }

    private static String last(List<String> tokens) {
        return tokens.get(tokens.size() - 1);
    }

    private static List<String> lowerCased(String text, Function<TokenStream, TokenStream> filter) throws IOException {
        List<String> out = new ArrayList<>();
        // One token per character keeps each case apart; the whole text as one token tests the
        // switch from the shortcut to the general way in the middle of a token.
        List<String> inputs = new ArrayList<>();
        text.codePoints().forEach(cp -> inputs.add(new String(Character.toChars(cp))));
        inputs.add(text);
        for (String input : inputs) {
            Tokenizer source = new KeywordTokenizer();
            source.setReader(new StringReader(input));
            try (TokenStream stream = filter.apply(source)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    out.add(term.toString());
                }
                stream.end();
            }
        }
        return out;
    }
}
