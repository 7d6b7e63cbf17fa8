package kg.kodeks.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import kg.kodeks.error.KodeksException;

/**
 * RTF files, accepted only when their Cyrillic text can be decoded for certain: characters
 * written as {@code \\uN} escapes, or as {@code \\'xx} bytes in a Cyrillic code page (the
 * document's {@code \\ansicpg1251}, or a font with {@code \\fcharset204}). An RTF whose 8-bit
 * text is in another code page would come out as Latin gibberish, so it is refused with a
 * message that says how to save the file instead. The parsing is done by {@link RtfText}.
 */
final class RtfExtractor implements TextExtractor {
    @Override
    public boolean accepts(String fileName, byte[] head) {
        return TextExtractor.hasExtension(fileName, "rtf")
                || new String(head, StandardCharsets.ISO_8859_1).stripLeading().startsWith("{\\rtf");
    }

    @Override
    public List<String> lines(byte[] bytes, String displayName) throws KodeksException {
        String source = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!source.stripLeading().startsWith("{\\rtf")) {
            throw new KodeksException(StructureParser.BUNDLE, "rtf.notRtf", displayName);
        }
        RtfText text = RtfText.parse(source);
        if (text.undecodable() != null) {
            throw new KodeksException(
                    StructureParser.BUNDLE,
                    "rtf.codePage",
                    displayName,
                    text.undecodable().toLowerCase(Locale.ROOT));
        }
        return TextExtractor.splitLines(text.text());
    }
}
