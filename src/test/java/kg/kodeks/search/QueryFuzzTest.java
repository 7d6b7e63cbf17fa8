package kg.kodeks.search;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import kg.kodeks.reliability.FuzzFigures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coverage-guided fuzzing of the query parser: any text the user types becomes a query or a
 * {@link KodeksException} with a message, never another exception (an internal error).
 */
@Tag("fuzz")
@ExtendWith(FuzzFigures.class)
class QueryFuzzTest {
    private static final QueryBuilder QUERIES = new QueryBuilder();

    @FuzzTest(maxDuration = "60s")
    void queryParserRefusesWithAMessageOrParses(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        for (Language language : Language.values()) {
            for (boolean articles : new boolean[] {false, true}) {
                try {
                    QUERIES.parse(text, language, articles);
                } catch (KodeksException expected) {
                    // Refused with a message: what a bad query should get.
                }
            }
        }
    }
}
