package kg.kodeks.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** A token stream written out for assertions, so two streams can be compared token by token. */
public final class TokenDump {
    private TokenDump() {}

    /** Each token as «term increment start-end», then the state after end(). */
    public static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " " + increment.getPositionIncrement() + " " + offset.startOffset() + "-"
                        + offset.endOffset());
            }
            stream.end();
            out.add("end " + increment.getPositionIncrement() + " " + offset.startOffset() + "-" + offset.endOffset());
        }
        return out;
    }
}
