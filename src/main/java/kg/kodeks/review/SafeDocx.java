package kg.kodeks.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import kg.kodeks.error.KodeksException;

/**
 * Checks a DOCX file before docx4j sees it. A DOCX is a zip of XML files, so a hostile one can be
 * a zip bomb (tiny file, huge content), carry entry names that climb out of a folder
 * ({@code ../}), or declare a DOCTYPE to pull in external entities. All three are refused here
 * by reading every entry with hard limits, on the bytes that will then be parsed.
 */
final class SafeDocx {
    static final long MAX_FILE = 20L * 1024 * 1024;
    static final long MAX_ENTRY = 50L * 1024 * 1024;
    static final long MAX_TOTAL = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 2000;

    private SafeDocx() {}

    /** The bytes of the file, once every entry has been read and found harmless. */
    static byte[] read(Path file) throws KodeksException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new KodeksException(ReviewService.BUNDLE, "docx.missing", name);
            }
            if (Files.size(file) > MAX_FILE) {
                throw new KodeksException(ReviewService.BUNDLE, "docx.tooLarge", name, MAX_FILE / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KodeksException(e, ReviewService.BUNDLE, "docx.unreadable", name, String.valueOf(e.getMessage()));
        }
        check(name, bytes);
        return bytes;
    }

    static void check(String name, byte[] bytes) throws KodeksException {
        Set<String> seen = new HashSet<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new KodeksException(ReviewService.BUNDLE, "docx.bomb", name);
                }
                String entryName = entry.getName();
                if (!safeName(entryName) || !seen.add(entryName.toLowerCase(Locale.ROOT))) {
                    throw new KodeksException(ReviewService.BUNDLE, "docx.badEntry", name, entryName);
                }
                byte[] content = readLimited(zip, name, MAX_TOTAL - total);
                total += content.length;
                if (isXml(entryName) && declaresDoctype(content)) {
                    throw new KodeksException(ReviewService.BUNDLE, "docx.doctype", name, entryName);
                }
            }
        } catch (ZipException e) {
            throw new KodeksException(e, ReviewService.BUNDLE, "docx.notDocx", name);
        } catch (IOException e) {
            throw new KodeksException(e, ReviewService.BUNDLE, "docx.unreadable", name, String.valueOf(e.getMessage()));
        }
        if (entries == 0 || !seen.contains("word/document.xml")) {
            throw new KodeksException(ReviewService.BUNDLE, "docx.notDocx", name);
        }
    }

    private static boolean safeName(String entryName) {
        String n = entryName.replace('\\', '/');
        if (n.isEmpty() || n.startsWith("/") || n.contains("\0") || n.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return !entryName.contains("\\");
    }

    private static byte[] readLimited(InputStream in, String name, long remaining) throws IOException, KodeksException {
        long limit = Math.min(MAX_ENTRY, remaining);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > limit) {
                throw new KodeksException(ReviewService.BUNDLE, "docx.bomb", name);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean isXml(String entryName) {
        String n = entryName.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
    }

    /** True when the XML declares a DOCTYPE, in whatever encoding the part is written. */
    private static boolean declaresDoctype(byte[] content) {
        for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {
            StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE
        }) {
            if (new String(content, cs).toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
                return true;
            }
        }
        return false;
    }
}
