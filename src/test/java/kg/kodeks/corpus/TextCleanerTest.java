package kg.kodeks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");

    @Test
    void aLineThatIsAlreadyCleanIsKeptAsItIs() {
        String line = "1. Настоящий Кодекс регулирует отношения.";
        assertSame(line, TextCleaner.cleanLine(line));
    }

    @Test
    void randomLinesAreCleanedAsByTheFullReplacement() {
        String alphabet =
                "аб Z.1 \u00A0\u2007\u202F\u2003\u3000\u00AD\u200B\u200D\uFEFF\u2060\t\r\u0001\u007F\u0085\u2028";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(fullReplacement(line.toString()), TextCleaner.cleanLine(line.toString()), line.toString());
        }
    }

    /** What cleaning does, written out without the shortcut for clean lines. */
    private static String fullReplacement(String line) {
        StringBuilder out = new StringBuilder();
        for (char c : line.toCharArray()) {
            boolean invisible =
                    c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060';
            if (!invisible && !(Character.isISOControl(c) && c != '\t')) {
                out.append(c);
            }
        }
        return SPACES.matcher(out).replaceAll(" ").trim();
    }
}
