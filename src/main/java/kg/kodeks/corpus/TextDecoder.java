package kg.kodeks.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a text export into text. A byte order mark decides first (UTF-8, UTF-16);
 * then text that is valid UTF-8 is UTF-8; otherwise the Cyrillic code pages of old exports
 * (Windows-1251, KOI8-R, DOS 866, ISO-8859-5) are each tried and scored by how much the result
 * looks like Russian or Kyrgyz: the same bytes read in the wrong code page give rare letters,
 * inverted case or box-drawing signs, which score low.
 */
public final class TextDecoder {
    /** The code pages tried for text that is not UTF-8, the usual one first (it wins ties). */
    static final List<Charset> CYRILLIC = List.of(
            Charset.forName("windows-1251"),
            Charset.forName("KOI8-R"),
            Charset.forName("IBM866"),
            Charset.forName("ISO-8859-5"));

    /** Letters by how often they occur in Russian legal text, most frequent first. */
    private static final String FREQUENT = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё";

    private TextDecoder() {}

    /** Decoded text and the charset it was read in. */
    public record Decoded(String text, Charset charset) {}

    /** Decodes bytes as described above; the byte order mark is not part of the text. */
    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        try {
            return new Decoded(strictUtf8(bytes), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return bestCyrillic(bytes);
        }
    }

    /** The code page whose reading of the bytes looks most like Cyrillic text. */
    static Decoded bestCyrillic(byte[] bytes) {
        Decoded best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Charset charset : CYRILLIC) {
            String text = new String(bytes, charset);
            double score = score(text);
            if (score > bestScore) {
                best = new Decoded(text, charset);
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * How much a text looks like Cyrillic prose: frequent lower-case letters score high, capitals
     * a little lower, and characters that prose hardly uses (box drawing, Latin-1 accents,
     * control characters) cost a lot. Only non-ASCII characters count, since ASCII reads the
     * same in every candidate.
     */
    static double score(String text) {
        double total = 0;
        int counted = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            counted++;
            total += weight(c);
        }
        return counted == 0 ? 0 : total / counted;
    }

    private static double weight(char c) {
        int rank = FREQUENT.indexOf(c);
        if (rank >= 0) {
            return 4.0 - rank * 0.1;
        }
        char lower = Character.toLowerCase(c);
        int upperRank = FREQUENT.indexOf(lower);
        if (upperRank >= 0) {
            return 1.0 - upperRank * 0.05;
        }
        if ("ңөүҢӨҮ«»—–№„“”’…".indexOf(c) >= 0 || c == '\u00A0') {
            return 1.0;
        }
        return -6.0;
    }

    static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
