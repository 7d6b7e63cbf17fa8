package kg.kodeks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    @TempDir
    Path dir;

    @Test
    void rendersAPressReleaseFromSampleData() throws Exception {
        Path out = dir.resolve("pr.docx");
        CliRun run = CliRun.of(
                "--workspace",
                Path.of("").toAbsolutePath().toString(),
                "--ui",
                "en",
                "render",
                "press-release",
                "--lang",
                "kir",
                "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(out) > 1000);
        assertTrue(run.out().contains("press-release.kir.docx"), run.out());
    }

    @Test
    void refusesUnknownKind() {
        CliRun run = CliRun.of(
                "--ui", "en", "render", "memo", "--out", dir.resolve("x.docx").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("press-release"), run.err());
    }

    @Test
    void templateCheckReportsProblemsAndExitsOne() throws Exception {
        Path bad = dir.resolve("bad.docx");
        Files.write(bad, "not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CliRun run = CliRun.of("--workspace", dir.toString(), "--ui", "en", "template", "check", bad.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("not a DOCX"), run.err());
        assertFalse(Files.exists(dir.resolve("out.docx")));
    }

    @Test
    void templateCheckPassesAShippedTemplate() {
        CliRun run = CliRun.of(
                "--workspace",
                Path.of("").toAbsolutePath().toString(),
                "--ui",
                "en",
                "template",
                "check",
                "templates/protocol.rus.docx",
                "--kind",
                "protocol");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("no problems"), run.out());
    }
}
