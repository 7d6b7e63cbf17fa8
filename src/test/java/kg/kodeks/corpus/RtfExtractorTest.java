package kg.kodeks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RtfExtractorTest {
    @TempDir
    Path dir;

    /** Writes text as RTF: Cyrillic as \'xx bytes of Windows-1251, paragraphs as \par. */
    private static String hexRtf(String header, String text) {
        StringBuilder out = new StringBuilder(header);
        for (byte b : text.getBytes(Charset.forName("windows-1251"))) {
            int v = b & 0xFF;
            if (v == '\n') {
                out.append("\\par\n");
            } else if (v >= 0x80) {
                out.append(String.format("\\'%02x", v));
            } else if (v == '{' || v == '}' || v == '\\') {
                out.append('\\').append((char) v);
            } else {
                out.append((char) v);
            }
        }
        return out.append('}').toString();
    }

    /** Writes text as RTF with \\uN escapes and a «?» fallback for each. */
    private static String unicodeRtf(String text) {
        StringBuilder out = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\uc1{\\fonttbl{\\f0 Arial;}}\\f0 ");
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                out.append("\\par ");
            } else if (c > 127) {
                out.append("\\u").append((int) (short) c).append('?');
            } else {
                out.append(c);
            }
        }
        return out.append('}').toString();
    }

    @Test
    void importsAnRtfInCodePage1251() throws Exception {
        String rtf = hexRtf(
                "{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0\\fcharset204 Times New Roman;}}"
                        + "{\\*\\generator Test;}{\\info{\\title Статья 99}}\\f0 ",
                ActImporterTest.RU_EXPORT);
        Path file = dir.resolve("zakon.rtf");
        Files.write(file, rtf.getBytes(StandardCharsets.ISO_8859_1));
        ActImporterTest.assertRussianExport(ActImporter.read(file, "zakon.rtf", ImportOptions.of(Language.RUS)));
    }

    @Test
    void importsKyrgyzLettersWrittenAsUnicodeEscapes() throws Exception {
        Path file = dir.resolve("myyzam.rtf");
        Files.write(file, unicodeRtf(ActImporterTest.KY_EXPORT).getBytes(StandardCharsets.ISO_8859_1));
        ImportedAct imported = ActImporter.read(file, "myyzam.rtf", ImportOptions.of(Language.KIR));
        assertTrue(imported.ok(), imported.problems().toString());
        assertEquals(
                "Жергиликтүү өз алдынча башкаруу жөнүндө", imported.act().meta().title());
    }

    @Test
    void aCyrillicFontInAWesternDocumentDecodesItsBytes() throws Exception {
        String rtf = hexRtf(
                "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\fcharset0 Arial;}{\\f1\\fcharset204 Arial Cyr;}}" + "\\f1 ",
                "Статья 1. Предмет\n");
        assertEquals(
                List.of("Статья 1. Предмет", ""),
                new RtfExtractor().lines(rtf.getBytes(StandardCharsets.ISO_8859_1), "a.rtf"));
    }

    @Test
    void refusesEightBitTextInANonCyrillicCodePage() {
        String rtf =
                hexRtf("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\fcharset0 Arial;}}\\f0 ", "Статья 1. Предмет\n");
        KodeksException e = assertThrows(
                KodeksException.class,
                () -> new RtfExtractor().lines(rtf.getBytes(StandardCharsets.ISO_8859_1), "west.rtf"));
        assertEquals("rtf.codePage", e.key());
        assertTrue(e.getMessage().contains("cp1252") && e.getMessage().contains("west.rtf"), e.getMessage());
    }

    @Test
    void controlSymbolsAndSkippedDestinationsAreHandled() {
        RtfText text = RtfText.parse("{\\rtf1\\ansi{\\colortbl;\\red0;}{\\*\\bkmkstart x}a\\~b\\-c\\{d\\}\\\\e\\tab f"
                + "{\\field{\\*\\fldinst HYPERLINK \"x\"}{\\fldrslt link}}\\line g}");
        assertEquals("a\u00a0b\u00adc{d}\\e\tflink\ng", text.text());
        assertThrows(
                KodeksException.class,
                () -> new RtfExtractor().lines("hello".getBytes(StandardCharsets.US_ASCII), "x.rtf"));
    }
}
