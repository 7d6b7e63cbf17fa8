package kg.kodeks.corpus;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kg.kodeks.reliability.FuzzFigures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coverage-guided fuzzing of the structure parser: whatever the text, reading it gives an act
 * or problems, never an exception. Under {@code mvn test} only the saved inputs in
 * {@code StructureFuzzTestInputs/} run (regression mode); with {@code JAZZER_FUZZ=1} Jazzer
 * searches for new ones (see docs/reliability.md).
 */
@Tag("fuzz")
@ExtendWith(FuzzFigures.class)
class StructureFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void structureParserNeverThrows(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        List<SourceLine> lines = new ArrayList<>();
        List<String> raw = TextExtractor.splitLines(text);
        for (int i = 0; i < raw.size(); i++) {
            lines.add(new SourceLine(i + 1, raw.get(i)));
        }
        StructureParser.parse("fuzz.txt", lines);
        ActReader.parse(Path.of("fuzz.rus.md"), "fuzz.rus.md", text);
    }
}
