package kg.kodeks.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and damaged input must end in a result with problems, never in an exception: every
 * format, seeded so a failure can be replayed.
 */
class ImportRobustnessTest {
    private static final long SEED = 20261122L;

    @TempDir
    Path dir;

    private ImportedAct importBytes(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return ActImporter.read(file, name, ImportOptions.of(Language.RUS));
    }

    @Test
    void randomBytesInEveryFormatGiveProblemsNotExceptions() throws Exception {
        Random random = new Random(SEED);
        for (String extension : List.of("txt", "docx", "html", "rtf")) {
            for (int round = 0; round < 25; round++) {
                byte[] bytes = new byte[random.nextInt(2000)];
                random.nextBytes(bytes);
                if (extension.equals("rtf")) {
                    System.arraycopy(
                            "{\\rtf1".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, Math.min(6, bytes.length));
                }
                ImportedAct imported = importBytes("random." + extension, bytes);
                assertNotNull(imported);
                assertFalse(imported.ok(), extension + " round " + round);
                assertFalse(imported.problems().isEmpty());
            }
        }
    }

    @Test
    void damagedExportsGiveProblemsOrAnActNotExceptions() throws Exception {
        Random random = new Random(SEED);
        byte[] text = ActImporterTest.RU_EXPORT.getBytes(Charset.forName("windows-1251"));
        byte[] docx = DocxFixtures.lines(TextExtractor.splitLines(ActImporterTest.KY_EXPORT));
        String rtfSource =
                "{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0\\fcharset204 T;}}\\f0 \\'c7\\'c0\\'ca\\'ce\\'cd\\par "
                        + "\\u1040?\\u1041?{\\*\\x \\bin5 abcde}}";
        byte[] rtf = rtfSource.getBytes(StandardCharsets.ISO_8859_1);
        byte[] html = ("<html><head><meta charset=windows-1251></head><body><p>"
                        + ActImporterTest.RU_EXPORT.replace("\n", "</p><p>") + "</p></body></html>")
                .getBytes(Charset.forName("windows-1251"));
        for (int round = 0; round < 16; round++) {
            assertSurvives("t.txt", damage(text, random));
            if (round % 4 == 0) {
                assertSurvives("d.docx", damage(docx, random)); // docx4j is slow to open; fewer rounds
            }
            assertSurvives("r.rtf", damage(rtf, random));
            assertSurvives("h.html", damage(html, random));
            assertSurvives("cut.rtf", java.util.Arrays.copyOf(rtf, random.nextInt(rtf.length)));
            assertSurvives("cut.html", java.util.Arrays.copyOf(html, random.nextInt(html.length)));
        }
    }

    @Test
    void emptyFilesAreRefusedWithAMessage() throws Exception {
        for (String name : List.of("e.txt", "e.docx", "e.html", "e.rtf")) {
            ImportedAct imported = importBytes(name, new byte[0]);
            assertFalse(imported.ok(), name);
            assertFalse(imported.problems().isEmpty(), name);
        }
    }

    private void assertSurvives(String name, byte[] bytes) throws Exception {
        ImportedAct imported = importBytes(name, bytes);
        assertTrue(imported.ok() || !imported.problems().isEmpty(), name);
    }

    private static byte[] damage(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int changes = 1 + random.nextInt(8);
        for (int i = 0; i < changes; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
