package kg.kodeks.corpus;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.kodeks.error.KodeksException;

/**
 * HTML pages saved from the official site. The charset comes from a byte order mark, else from
 * the page's {@code <meta>} declaration, else from {@link TextDecoder}'s detection. The text is
 * taken out by {@link HtmlText}.
 */
final class HtmlExtractor implements TextExtractor {
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

    @Override
    public boolean accepts(String fileName, byte[] head) {
        if (TextExtractor.hasExtension(fileName, "html", "htm", "xhtml")) {
            return true;
        }
        String start =
                new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    @Override
    public List<String> lines(byte[] bytes, String displayName) throws KodeksException {
        String html = decode(bytes);
        if (PlainTextExtractor.looksBinary(html)) {
            throw new KodeksException(StructureParser.BUNDLE, "import.binary", displayName);
        }
        return TextExtractor.splitLines(HtmlText.extract(html));
    }

    static String decode(byte[] bytes) {
        boolean bom = TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF)
                || TextDecoder.startsWith(bytes, 0xFF, 0xFE)
                || TextDecoder.startsWith(bytes, 0xFE, 0xFF);
        Charset declared = bom ? null : declaredCharset(bytes);
        return declared != null
                ? new String(bytes, declared)
                : TextDecoder.decode(bytes).text();
    }

    /** The charset named by a meta tag in the first bytes, or null when none is usable. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
