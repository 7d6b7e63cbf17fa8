package kg.kodeks.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kg.kodeks.error.KodeksException;

/**
 * Checks a DOCX file before any XML parser sees it. A DOCX is a zip archive of XML parts; a
 * hostile one can unpack to gigabytes (a zip bomb), name entries outside the archive
 * ({@code ../…}, absolute paths), or declare a DOCTYPE with external entities that make a parser
 * read local files. Every entry is streamed once with a running byte cap, so the archive's own
 * size claims are never trusted. docx4j, given the same bytes as a stream, reads the entries the
 * same way (local headers in order), so what is checked here is what it opens.
 */
final class DocxGuard {
    static final int MAX_ENTRIES = 2000;
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    /** Real documents compress text about 5–20 times; only a bomb reaches this ratio at size. */
    static final long MAX_RATIO = 100;

    static final long RATIO_FLOOR_BYTES = 10L * 1024 * 1024;
    private static final byte[][] FORBIDDEN = {ascii("<!DOCTYPE"), ascii("<!ENTITY")};

    private DocxGuard() {}

    /** Throws when the bytes are not a zip archive or the archive is hostile. */
    static void check(byte[] bytes, String displayName) throws KodeksException {
        if (!TextDecoder.startsWith(bytes, 'P', 'K', 3, 4)) {
            throw refuse("docx.notZip", displayName);
        }
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw refuse("docx.tooManyEntries", displayName, String.valueOf(MAX_ENTRIES));
                }
                String name = entry.getName();
                if (escapes(name)) {
                    throw refuse("docx.badEntry", displayName, name);
                }
                boolean xml = isXml(name);
                Scanner scanner = new Scanner();
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES
                            || unpacked > RATIO_FLOOR_BYTES && unpacked > MAX_RATIO * bytes.length) {
                        throw refuse("docx.bomb", displayName, String.valueOf(MAX_UNPACKED_BYTES / (1024 * 1024)));
                    }
                    if (xml && scanner.feed(buffer, n)) {
                        throw refuse("docx.doctype", displayName, name);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new KodeksException(
                    e, StructureParser.BUNDLE, "docx.broken", displayName, String.valueOf(e.getMessage()));
        }
        if (entries == 0) {
            throw refuse("docx.notZip", displayName);
        }
    }

    /** True for names that would land outside the archive's folder when unpacked. */
    static boolean escapes(String name) {
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0) {
            return true;
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isXml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
    }

    private static KodeksException refuse(String key, String... args) {
        return new KodeksException(StructureParser.BUNDLE, key, (Object[]) args);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * Looks for «<!DOCTYPE» and «<!ENTITY» across buffer boundaries, ignoring case and zero
     * bytes, so UTF-16 parts are caught as well as UTF-8 ones.
     */
    private static final class Scanner {
        private final int[] matched = new int[FORBIDDEN.length];

        boolean feed(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                if (b == 0) {
                    continue;
                }
                byte upper = (byte) Character.toUpperCase((char) (b & 0xFF));
                for (int k = 0; k < FORBIDDEN.length; k++) {
                    byte[] word = FORBIDDEN[k];
                    matched[k] = word[matched[k]] == upper ? matched[k] + 1 : word[0] == upper ? 1 : 0;
                    if (matched[k] == word.length) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
