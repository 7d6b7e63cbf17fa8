package kg.kodeks.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kg.kodeks.error.KodeksException;

/**
 * Looks at a template before docx4j does: it must be a zip of reasonable size whose entries
 * have plain names, expand to a bounded size (the bytes are counted while reading, because a
 * bomb's headers lie), and whose XML declares no DOCTYPE or entities. Returns the file's bytes
 * so that what was checked is exactly what gets parsed.
 */
final class TemplateGuard {
    static final long MAX_FILE = 20L << 20;
    static final long MAX_EXPANDED = 100L << 20;
    static final int MAX_ENTRIES = 2000;
    static final int MAX_RATIO = 200;

    private TemplateGuard() {}

    static byte[] read(Path file) throws KodeksException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new KodeksException(Renderer.BUNDLE, "template.missing", file.toString());
            }
            if (Files.size(file) > MAX_FILE) {
                throw new KodeksException(Renderer.BUNDLE, "template.tooLarge", file.toString(), MAX_FILE >> 20);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KodeksException(e, Renderer.BUNDLE, "template.unreadable", file.toString(), e.getMessage());
        }
        check(bytes, file.toString());
        return bytes;
    }

    static void check(byte[] bytes, String name) throws KodeksException {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw new KodeksException(Renderer.BUNDLE, "template.notZip", name);
        }
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new KodeksException(Renderer.BUNDLE, "template.bomb", name, entry.getName());
                }
                checkName(entry.getName(), name);
                long size = 0;
                String lower = entry.getName().toLowerCase(Locale.ROOT);
                boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels");
                Declarations declarations = xml ? new Declarations() : null;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (total > MAX_EXPANDED || size > (long) MAX_RATIO * bytes.length + (1 << 20)) {
                        throw new KodeksException(Renderer.BUNDLE, "template.bomb", name, entry.getName());
                    }
                    if (declarations != null && declarations.found(buffer, n)) {
                        throw new KodeksException(Renderer.BUNDLE, "template.doctype", name, entry.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new KodeksException(e, Renderer.BUNDLE, "template.notZip", name);
        }
        if (entries == 0) {
            throw new KodeksException(Renderer.BUNDLE, "template.notZip", name);
        }
    }

    private static void checkName(String entry, String name) throws KodeksException {
        String n = entry.replace('\\', '/');
        if (n.startsWith("/")
                || n.contains(":")
                || n.equals("..")
                || n.startsWith("../")
                || n.contains("/../")
                || n.endsWith("/..")) {
            throw new KodeksException(Renderer.BUNDLE, "template.badEntry", name, entry);
        }
    }

    /**
     * Looks for «<!DOCTYPE» and «<!ENTITY» in the bytes of a part as they stream by, in any case
     * and with NUL bytes skipped, so a part encoded in UTF-16 is caught too. Byte by byte with no
     * copies: a bomb of zeros passes through it as fast as it inflates.
     */
    private static final class Declarations {
        private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);
        private int doctype;
        private int entity;

        boolean found(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                if (b == 0) {
                    continue;
                }
                if (b >= 'a' && b <= 'z') {
                    b -= 'a' - 'A';
                }
                doctype = step(DOCTYPE, doctype, b);
                entity = step(ENTITY, entity, b);
                if (doctype == DOCTYPE.length || entity == ENTITY.length) {
                    return true;
                }
            }
            return false;
        }

        /** How much of the pattern is matched after byte {@code b} ('<' occurs only at its start). */
        private static int step(byte[] pattern, int matched, byte b) {
            if (pattern[matched] == b) {
                return matched + 1;
            }
            return b == '<' ? 1 : 0;
        }
    }

    /** An input stream over checked bytes, for docx4j. */
    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
