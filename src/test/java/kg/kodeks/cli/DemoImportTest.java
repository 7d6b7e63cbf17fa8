package kg.kodeks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo, end to end on the bundled sample, as a newcomer runs it. */
class DemoImportTest {
    @TempDir
    Path dir;

    @Test
    void theDemoRunsEveryStepOnAFreshCopyAndLeavesTheSampleAlone() throws Exception {
        CliRun run = CliRun.of("--ui", "en", "demo", "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("import: 2 sample exports imported"), run.out());
        assertTrue(
                run.out()
                        .contains("street-committees.rus.cp1251.txt → corpus/street-committees.rus.md "
                                + "(/akn/kg/act/law/2024-03-14/57/rus, 5 articles, 11 norms)"),
                run.out());
        assertTrue(Files.readString(dir.resolve("out/workspace/corpus/street-committees.kir.md"))
                .contains("source: \"Sample export written for Kodeks"));
        assertTrue(Files.isRegularFile(dir.resolve("out/corpus.json")));
        assertTrue(Files.notExists(Path.of("corpus/street-committees.rus.md")), "the sample is not changed");
        assertTrue(Files.notExists(Path.of("drafts/.git")), "the bundled draft folder stays a plain folder");
    }
}
