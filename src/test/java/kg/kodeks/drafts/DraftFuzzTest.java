package kg.kodeks.drafts;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import kg.kodeks.model.Language;
import kg.kodeks.reliability.FuzzFigures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coverage-guided fuzzing of the draft parser (Markdown with front matter and source notes):
 * any text gives a draft file with problems, never an exception.
 */
@Tag("fuzz")
@ExtendWith(FuzzFigures.class)
class DraftFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void draftParserNeverThrows(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        DraftReader.parse("code.rus.md", Language.RUS, text);
        DraftReader.parse("code.kir.md", Language.KIR, text);
    }
}
