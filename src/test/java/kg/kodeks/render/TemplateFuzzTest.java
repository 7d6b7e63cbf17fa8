package kg.kodeks.render;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import kg.kodeks.reliability.FuzzFigures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coverage-guided fuzzing of the template engine: a template whose paragraphs hold any text
 * (each line a paragraph, {@code |} splitting it into runs as Word does) is filled or refused
 * with a {@link KodeksException}, never another exception.
 */
@Tag("fuzz")
@ExtendWith(FuzzFigures.class)
class TemplateFuzzTest {
    private static final Map<String, Object> DATA = Map.of(
            "title",
            "Образец",
            "date",
            "2019-12-23",
            "flag",
            true,
            "empty",
            List.of(),
            "body",
            "Текст **образца**\n\n- пункт",
            "participants",
            List.of(Map.of("name", "Первый"), Map.of("name", "Второй")));

    @FuzzTest(maxDuration = "60s")
    void templateEngineFillsOrRefuses(byte[] input) throws Exception {
        String text = new String(input, StandardCharsets.UTF_8);
        Docx docx = new Docx();
        for (String line : text.split("\n", 50)) {
            StringBuilder runs = new StringBuilder("<w:p>");
            for (String run : line.split("\\|", 20)) {
                runs.append("<w:r><w:t xml:space=\"preserve\">")
                        .append(Docx.esc(clean(run)))
                        .append("</w:t></w:r>");
            }
            docx.xml(runs.append("</w:p>").toString());
        }
        Path template = Files.createTempFile("fuzz-template", ".docx");
        try {
            docx.save(template);
            Renderer.fill(template, DATA, Language.RUS);
        } catch (KodeksException expected) {
            // Refused with a message naming the tag: what a broken template should get.
        } finally {
            Files.deleteIfExists(template);
        }
    }

    /** Characters XML 1.0 cannot hold at all are left out: Word could not have saved them. */
    private static String clean(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints()
                .filter(c -> c == 0x9 || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
