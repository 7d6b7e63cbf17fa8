package kg.kodeks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kg.kodeks.corpus.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoImportTest {
    @TempDir
    Path dir;

    @Test
    void theDemoImportsTheSampleExportsIntoItsWorkspace() throws Exception {
        Path home = Fixtures.workspace(dir.resolve("home"), Fixtures.GOOD);
        Files.createDirectories(home.resolve("documents/imports"));
        for (String name : new String[] {"street-committees.rus.cp1251.txt", "street-committees.kir.docx", "README.md"}) {
            Files.copy(Path.of("documents/imports", name), home.resolve("documents/imports").resolve(name));
        }
        String before = System.getProperty("kodeks.home");
        System.setProperty("kodeks.home", home.toString());
        try {
            CliRun run = CliRun.of("--ui", "en", "demo", "--out", dir.resolve("out").toString());
            assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains("import: 2 sample exports imported"), run.out());
            assertTrue(run.out().contains("street-committees.rus.cp1251.txt → corpus/street-committees.rus.md "
                    + "(/akn/kg/act/law/2024-03-14/57/rus, 5 articles, 11 norms)"), run.out());
            assertTrue(run.out().contains("corpus: 4 acts"), run.out());
            assertTrue(Files.readString(dir.resolve("out/workspace/corpus/street-committees.kir.md"))
                    .contains("source: \"Sample export written for Kodeks"));
            assertTrue(Files.notExists(home.resolve("corpus/street-committees.rus.md")), "the sample is not changed");
        } finally {
            if (before == null) {
                System.clearProperty("kodeks.home");
            } else {
                System.setProperty("kodeks.home", before);
            }
        }
    }
}
