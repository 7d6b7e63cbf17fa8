package kg.kodeks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kg.kodeks.corpus.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private static final String EXPORT = """
            ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ
            от 14 марта 2024 года № 57
            Об уличных комитетах

            Статья 1. Комитет
            1. Комитет образуется собранием жителей.
            2. Комитет не является юридическим лицом.
            Статья 2. Председатель
            Председатель избирается на два года.
            """;

    @TempDir
    Path dir;

    private Path workspace() throws Exception {
        return Fixtures.workspace(dir.resolve("ws"), Fixtures.GOOD);
    }

    private Path export(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path cp1251Export() throws Exception {
        return export("komitety.cp1251.txt", EXPORT.replace("\n", "\r\n").getBytes(Charset.forName("windows-1251")));
    }

    @Test
    void importsEachFileReportsTheBadOneByFileAndLineAndExitsOne() throws Exception {
        Path ws = workspace();
        Path good = cp1251Export();
        Path bad = export(
                "bad.txt",
                ("ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ\nот 1 мая 2020 года № 9\nО плохом\n\n"
                                + "2) пункт без статьи;\nСтатья 1. А\n")
                        .getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of(
                "--ui", "en", "--workspace", ws.toString(), "import", "--lang", "rus", bad.toString(), good.toString());
        assertEquals(ExitCodes.USER_ERROR, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(bad + ": not imported"), run.out());
        assertTrue(
                run.out().contains("error " + bad + ":5: a point numbered \"2\" stands outside any article"),
                run.out());
        assertTrue(
                run.out()
                        .contains(
                                good
                                        + " → corpus/komitety.rus.md: /akn/kg/act/law/2024-03-14/57 (rus), articles: 2, norms: 3"),
                run.out());
        assertTrue(run.out().contains("Imported: 1, failed: 1"), run.out());
        assertTrue(Files.readString(ws.resolve("corpus/komitety.rus.md")).contains("title: \"Об уличных комитетах\""));
        try (Stream<Path> files = Files.list(ws.resolve("corpus"))) {
            assertEquals(3, files.count(), "the bad file wrote nothing, no temporary files are left");
        }
    }

    @Test
    void theImportedActIsListedByCorpusJsonWithTheOthers() throws Exception {
        Path ws = workspace();
        assertEquals(
                ExitCodes.OK,
                CliRun.of(
                                "--workspace",
                                ws.toString(),
                                "import",
                                "--lang",
                                "ru",
                                cp1251Export().toString())
                        .exitCode());
        CliRun run = CliRun.of("--workspace", ws.toString(), "corpus", "--json");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(3, json.get("acts").size());
        assertEquals(0, json.get("errors").size());
        boolean found = false;
        for (JsonNode act : json.get("acts")) {
            if (act.get("id").asText().equals("/akn/kg/act/law/2024-03-14/57")) {
                found = true;
                assertEquals(2, act.get("articles").asInt());
                assertEquals(3, act.get("norms").asInt());
            } else {
                assertEquals(5, act.get("articles").asInt());
                assertTrue(act.get("norms").asInt() > 0);
            }
        }
        assertTrue(found, run.out());
    }

    @Test
    void neverOverwritesAnActFileUnlessReplaceIsGiven() throws Exception {
        Path ws = workspace();
        Path file = cp1251Export();
        assertEquals(
                ExitCodes.OK,
                CliRun.of("--workspace", ws.toString(), "import", "--lang", "rus", file.toString())
                        .exitCode());
        Files.writeString(
                ws.resolve("corpus/komitety.rus.md"),
                Files.readString(ws.resolve("corpus/komitety.rus.md")).replace("два года", "три года"));
        CliRun again =
                CliRun.of("--ui", "en", "--workspace", ws.toString(), "import", "--lang", "rus", file.toString());
        assertEquals(ExitCodes.USER_ERROR, again.exitCode());
        assertTrue(again.out().contains("corpus/komitety.rus.md already exists; pass --replace"), again.out());
        assertTrue(Files.readString(ws.resolve("corpus/komitety.rus.md")).contains("три года"));
        CliRun replaced =
                CliRun.of("--workspace", ws.toString(), "import", "--lang", "rus", "--replace", file.toString());
        assertEquals(ExitCodes.OK, replaced.exitCode(), replaced.out());
        assertTrue(Files.readString(ws.resolve("corpus/komitety.rus.md")).contains("два года"));
    }

    @Test
    void refusesASecondFileForAnActTheCorpusAlreadyHolds() throws Exception {
        Path ws = workspace();
        Path file = cp1251Export();
        CliRun.of("--workspace", ws.toString(), "import", "--lang", "rus", file.toString());
        CliRun other = CliRun.of(
                "--ui",
                "en",
                "--workspace",
                ws.toString(),
                "import",
                "--lang",
                "rus",
                "--out-name",
                "other",
                file.toString());
        assertEquals(ExitCodes.USER_ERROR, other.exitCode());
        assertTrue(other.out().contains("is already in corpus/komitety.rus.md"), other.out());
        assertFalse(Files.exists(ws.resolve("corpus/other.rus.md")));
    }

    @Test
    void dryRunChecksAndWritesNothing() throws Exception {
        Path ws = workspace();
        CliRun run = CliRun.of(
                "--ui",
                "en",
                "--workspace",
                ws.toString(),
                "import",
                "--lang",
                "rus",
                "--dry-run",
                "--out-name",
                "streets",
                cp1251Export().toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.out());
        assertTrue(run.out().contains("corpus/streets.rus.md (dry run, nothing written)"), run.out());
        assertFalse(Files.exists(ws.resolve("corpus/streets.rus.md")));
    }

    @Test
    void identityOptionsAreUsedAndAMissingIdentityNamesTheOptionsToPass() throws Exception {
        Path ws = workspace();
        Path bare = export("bare.txt", "Статья 1. Предмет\n1. Текст.\n".getBytes(StandardCharsets.UTF_8));
        CliRun missing =
                CliRun.of("--ui", "en", "--workspace", ws.toString(), "import", "--lang", "rus", bare.toString());
        assertEquals(ExitCodes.USER_ERROR, missing.exitCode());
        assertTrue(missing.out().contains("pass --type --date --number --title"), missing.out());
        CliRun given = CliRun.of(
                "--workspace",
                ws.toString(),
                "import",
                "--lang",
                "rus",
                "--id",
                "/akn/kg/act/decree/2020-02-03/UP-1",
                "--title",
                "О мерах",
                bare.toString());
        assertEquals(ExitCodes.OK, given.exitCode(), given.out());
        String written = Files.readString(ws.resolve("corpus/bare.rus.md"));
        assertTrue(
                written.contains("id: /akn/kg/act/decree/2020-02-03/UP-1\n") && written.contains("title: \"О мерах\""),
                written);
    }

    @Test
    void importsTheSampleDocxOfTheDemo() throws Exception {
        Path ws = workspace();
        Path docx = Path.of("documents/imports/street-committees.kir.docx");
        CliRun run = CliRun.of(
                "--ui", "en", "--json", "--workspace", ws.toString(), "import", "--lang", "kir", docx.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        JsonNode row = new ObjectMapper().readTree(run.out()).get("files").get(0);
        assertTrue(row.get("written").asBoolean());
        assertEquals("corpus/street-committees.kir.md", row.get("target").asText());
        assertEquals("/akn/kg/act/law/2024-03-14/57", row.get("id").asText());
        assertEquals(5, row.get("articles").asInt());
    }

    @Test
    void needsTheLanguageAndOneFileForOutName() throws Exception {
        Path ws = workspace();
        Path file = cp1251Export();
        CliRun noLang = CliRun.of("--ui", "en", "--workspace", ws.toString(), "import", file.toString());
        assertEquals(ExitCodes.USER_ERROR, noLang.exitCode());
        assertTrue(noLang.err().contains("--lang kir or --lang rus"), noLang.err());
        CliRun two = CliRun.of(
                "--ui",
                "en",
                "--workspace",
                ws.toString(),
                "import",
                "--lang",
                "rus",
                "--out-name",
                "x",
                file.toString(),
                file.toString());
        assertEquals(ExitCodes.USER_ERROR, two.exitCode());
        assertTrue(two.err().contains("--out-name"), two.err());
    }

    @Test
    void refusesToWriteIntoTheBundledSample() throws Exception {
        Path sample = workspace();
        String before = System.getProperty("kodeks.home");
        System.setProperty("kodeks.home", sample.toString());
        try {
            CliRun run = CliRun.of(
                    "--ui",
                    "en",
                    "--workspace",
                    sample.toString(),
                    "import",
                    "--lang",
                    "rus",
                    cp1251Export().toString());
            assertEquals(ExitCodes.USER_ERROR, run.exitCode());
            assertTrue(run.err().contains("kodeks init"), run.err());
            assertFalse(Files.exists(sample.resolve("corpus/komitety.rus.md")));
        } finally {
            if (before == null) {
                System.clearProperty("kodeks.home");
            } else {
                System.setProperty("kodeks.home", before);
            }
        }
    }

    @Test
    void messagesComeInRussianAndKyrgyz() throws Exception {
        Path ws = workspace();
        Path file = cp1251Export();
        CliRun ru = CliRun.of("--workspace", ws.toString(), "import", "--lang", "rus", "--dry-run", file.toString());
        assertTrue(ru.out().contains("статей: 2, норм: 3"), ru.out());
        CliRun ky = CliRun.of(
                "--ui", "ky", "--workspace", ws.toString(), "import", "--lang", "rus", "--dry-run", file.toString());
        assertTrue(ky.out().contains("беренелер: 2, ченемдер: 3"), ky.out());
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedAndTheOthersStillImport() throws Exception {
        Path ws = workspace();
        Files.createDirectories(ws.resolve("corpus/blocked.rus.md"));
        Files.writeString(ws.resolve("corpus/blocked.rus.md/keep.txt"), "a folder where the act file should go");
        Path blocked = export("blocked.txt", EXPORT.getBytes(StandardCharsets.UTF_8));
        Path other = export("other.txt", EXPORT.replace("№ 57", "№ 58").getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of(
                "--ui",
                "en",
                "--workspace",
                ws.toString(),
                "import",
                "--lang",
                "rus",
                "--replace",
                blocked.toString(),
                other.toString());
        assertEquals(ExitCodes.USER_ERROR, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("cannot write corpus/blocked.rus.md"), run.out());
        assertTrue(Files.isRegularFile(ws.resolve("corpus/other.rus.md")), run.out());
    }
}
