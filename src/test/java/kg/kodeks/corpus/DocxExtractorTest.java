package kg.kodeks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxExtractorTest {
    @TempDir
    Path dir;

    private final DocxExtractor extractor = new DocxExtractor();

    @Test
    void readsParagraphsInOrderJoiningTextSplitOverRuns() throws Exception {
        byte[] docx = DocxFixtures.document(List.of(
                List.of("Статья 1. ", "Предмет", " закона"),
                List.of("1. Органы ", "местного", " самоуправления действуют."),
                List.of("2-берене. Ыйгарым ", "укуктар")));
        assertEquals(
                List.of(
                        "Статья 1. Предмет закона",
                        "1. Органы местного самоуправления действуют.",
                        "2-берене. Ыйгарым укуктар"),
                extractor.lines(docx, "a.docx"));
    }

    @Test
    void wordsAutomaticNumbersOfPartsAndPointsBecomeText() throws Exception {
        byte[] docx = DocxFixtures.numbered(List.of(
                "Статья 1. Права",
                "#1 Органы действуют.",
                "#1 Органы вправе:",
                "#2 созывать сходы;",
                "#2 проводить слушания.",
                "Статья 2. Сроки",
                "Текст."));
        assertEquals(
                List.of(
                        "Статья 1. Права",
                        "1. Органы действуют.",
                        "2. Органы вправе:",
                        "1) созывать сходы;",
                        "2) проводить слушания.",
                        "Статья 2. Сроки",
                        "Текст."),
                extractor.lines(docx, "n.docx"));
    }

    @Test
    void importsAKyrgyzActFromDocx() throws Exception {
        List<String> lines = TextExtractor.splitLines(ActImporterTest.KY_EXPORT);
        Path file = dir.resolve("myyzam.docx");
        Files.write(file, DocxFixtures.lines(lines));
        ImportedAct imported = ActImporter.read(file, "myyzam.docx", ImportOptions.of(Language.KIR));
        assertTrue(imported.ok(), imported.problems().toString());
        assertEquals("/akn/kg/act/law/2011-07-15/101/kir", imported.act().meta().expression());
        assertEquals(2, imported.act().norms().size());
    }

    @Test
    void importsARussianActFromDocx() throws Exception {
        Path file = dir.resolve("zakon.docx");
        Files.write(file, DocxFixtures.lines(TextExtractor.splitLines(ActImporterTest.RU_EXPORT)));
        ActImporterTest.assertRussianExport(ActImporter.read(file, "zakon.docx", ImportOptions.of(Language.RUS)));
    }

    @Test
    void refusesAFileThatIsNotAZipArchive() {
        KodeksException e = assertThrows(
                KodeksException.class,
                () -> extractor.lines("Статья 1.".getBytes(StandardCharsets.UTF_8), "fake.docx"));
        assertEquals("docx.notZip", e.key());
    }

    @Test
    void refusesZipBomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bytes.size() < 200_000, "the bomb is small on disk: " + bytes.size());
        KodeksException e =
                assertThrows(KodeksException.class, () -> extractor.lines(bytes.toByteArray(), "bomb.docx"));
        assertEquals("docx.bomb", e.key());
    }

    @Test
    void refusesEntriesThatPointOutsideTheArchive() throws Exception {
        for (String name : new String[] {"word/../../evil.xml", "/etc/evil.xml", "C:/evil.xml", "..\\evil.xml"}) {
            byte[] docx = withExtraEntry(DocxFixtures.lines(List.of("Статья 1. А")), name, "<x/>");
            KodeksException e = assertThrows(KodeksException.class, () -> extractor.lines(docx, "evil.docx"), name);
            assertEquals("docx.badEntry", e.key(), name);
        }
    }

    @Test
    void refusesADoctypeInAnyXmlPartBeforeDocx4jSeesIt() throws Exception {
        byte[] good = DocxFixtures.lines(List.of("Статья 1. А"));
        byte[] hostile = rewrite(
                good,
                "word/document.xml",
                xml -> xml.replaceFirst(
                        "\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
        KodeksException e = assertThrows(KodeksException.class, () -> extractor.lines(hostile, "xxe.docx"));
        assertEquals("docx.doctype", e.key());
        assertTrue(e.getMessage().contains("word/document.xml"), e.getMessage());
        byte[] utf16 = rewrite(good, "docProps/app.xml", xml -> "<!doctype x>" + xml, StandardCharsets.UTF_16LE);
        assertEquals(
                "docx.doctype",
                assertThrows(KodeksException.class, () -> extractor.lines(utf16, "x.docx"))
                        .key());
    }

    @Test
    void aBrokenDocxIsAUserErrorNotACrash() throws Exception {
        byte[] broken = withExtraEntry(new byte[0], "hello.txt", "not a document");
        KodeksException e = assertThrows(KodeksException.class, () -> extractor.lines(broken, "broken.docx"));
        assertEquals("docx.broken", e.key());
    }

    private static byte[] withExtraEntry(byte[] docx, String name, String content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            copyEntries(docx, zip, null, null, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] rewrite(byte[] docx, String part, java.util.function.UnaryOperator<String> change)
            throws Exception {
        return rewrite(docx, part, change, StandardCharsets.UTF_8);
    }

    private static byte[] rewrite(
            byte[] docx, String part, java.util.function.UnaryOperator<String> change, java.nio.charset.Charset charset)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            copyEntries(docx, zip, part, change, charset);
        }
        return out.toByteArray();
    }

    private static void copyEntries(
            byte[] docx,
            ZipOutputStream zip,
            String part,
            java.util.function.UnaryOperator<String> change,
            java.nio.charset.Charset charset)
            throws Exception {
        if (docx.length == 0) {
            return;
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(charset);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
    }
}
