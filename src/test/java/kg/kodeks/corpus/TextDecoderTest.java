package kg.kodeks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String RU = "Статья 1. Органы местного самоуправления действуют в пределах полномочий.";
    private static final String KY =
            "1-берене. Жергиликтүү өз алдынча башкаруу органдары өз ыйгарым укуктарынын чегинде иштейт.";

    @Test
    void validUtf8IsUtf8() {
        TextDecoder.Decoded decoded = TextDecoder.decode(KY.getBytes(StandardCharsets.UTF_8));
        assertEquals(KY, decoded.text());
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
    }

    @Test
    void windows1251IsDetectedByLetterFrequencies() {
        TextDecoder.Decoded decoded = TextDecoder.decode(RU.getBytes(Charset.forName("windows-1251")));
        assertEquals(RU, decoded.text());
        assertEquals(Charset.forName("windows-1251"), decoded.charset());
    }

    @Test
    void otherCyrillicCodePagesAreToldApartFromWindows1251() {
        for (String name : new String[] {"KOI8-R", "IBM866", "ISO-8859-5"}) {
            TextDecoder.Decoded decoded = TextDecoder.decode(RU.getBytes(Charset.forName(name)));
            assertEquals(RU, decoded.text(), name);
            assertEquals(Charset.forName(name), decoded.charset());
        }
    }

    @Test
    void aShortCapitalisedHeadingInWindows1251IsStillRecognised() {
        String heading = "ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ\r\nО местном самоуправлении";
        assertEquals(
                heading,
                TextDecoder.decode(heading.getBytes(Charset.forName("windows-1251")))
                        .text());
    }

    @Test
    void byteOrderMarksDecideAndAreNotPartOfTheText() {
        byte[] utf8 = ("\uFEFF" + RU).getBytes(StandardCharsets.UTF_8);
        assertEquals(RU, TextDecoder.decode(utf8).text());
        assertEquals(
                KY,
                TextDecoder.decode(("\uFEFF" + KY).getBytes(StandardCharsets.UTF_16LE))
                        .text());
        assertEquals(
                KY,
                TextDecoder.decode(("\uFEFF" + KY).getBytes(StandardCharsets.UTF_16BE))
                        .text());
    }

    @Test
    void emptyAndAsciiInputDecode() {
        assertEquals("", TextDecoder.decode(new byte[0]).text());
        assertEquals(
                "Article 1.",
                TextDecoder.decode("Article 1.".getBytes(StandardCharsets.US_ASCII))
                        .text());
    }
}
