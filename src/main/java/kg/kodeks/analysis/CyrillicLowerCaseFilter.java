package kg.kodeks.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower-cases exactly as {@link LowerCaseFilter} does, with a shortcut for the letters that make
 * up almost all of the text: ASCII and the basic Cyrillic capitals are shifted by a constant,
 * where {@link Character#toLowerCase(int)} looks every letter up in Unicode tables. Anything
 * else (Kyrgyz ң ө ү, other scripts, surrogate pairs) goes the general way.
 */
public final class CyrillicLowerCaseFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public CyrillicLowerCaseFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    buffer[i] = (char) (c + ('a' - 'A'));
                }
            } else if (c >= '\u0410' && c <= '\u042f') {
                buffer[i] = (char) (c + ('а' - 'А'));
            } else if (c >= '\u0400' && c <= '\u040f') {
                buffer[i] = (char) (c + ('ѐ' - 'Ѐ'));
            } else if (c < '\u0430' || c > '\u045f') {
                CharacterUtils.toLowerCase(buffer, i, length);
                break;
            }
        }
        return true;
    }
}
