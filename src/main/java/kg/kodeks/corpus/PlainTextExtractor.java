package kg.kodeks.corpus;

import java.util.List;
import kg.kodeks.error.KodeksException;

/**
 * Plain text as exported from the official legal database: UTF-8, UTF-16 with a byte order
 * mark, or an old Cyrillic code page (usually Windows-1251), told apart by {@link TextDecoder}.
 */
final class PlainTextExtractor implements TextExtractor {
    @Override
    public boolean accepts(String fileName, byte[] head) {
        return TextExtractor.hasExtension(fileName, "txt", "text");
    }

    @Override
    public List<String> lines(byte[] bytes, String displayName) throws KodeksException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (looksBinary(decoded.text())) {
            throw new KodeksException(StructureParser.BUNDLE, "import.binary", displayName);
        }
        return TextExtractor.splitLines(decoded.text());
    }

    /** Text with NUL bytes or many control characters is not a text export (a PDF, an old .doc). */
    static boolean looksBinary(String text) {
        int control = 0;
        int limit = Math.min(text.length(), 64 * 1024);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return limit > 0 && control * 20 > limit;
    }
}
