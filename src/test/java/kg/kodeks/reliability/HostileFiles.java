package kg.kodeks.reliability;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes hostile files at test time, so that no zip bomb or crafted archive sits in the
 * repository: each is built from a small valid DOCX (or the bytes of a real template) by one
 * change. Every method returns fresh bytes; the bombs are cached because deflating hundreds of
 * megabytes of zeros costs a few hundred milliseconds.
 */
final class HostileFiles {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final long BOMB_BYTES = 200L << 20;
    private static byte[] bombEntryCache;

    private HostileFiles() {}

    /** One hostile DOCX: a name for reports and the bytes. */
    record Sample(String name, byte[] bytes) {}

    /** Every hostile variant of a valid DOCX, in a fixed order. */
    static List<Sample> docxVariants(byte[] valid) {
        return List.of(
                new Sample(
                        "not-a-zip", "This is plain text pretending to be a DOCX.\n".getBytes(StandardCharsets.UTF_8)),
                new Sample("empty-file", new byte[0]),
                new Sample("png-named-docx", png()),
                new Sample("truncated-zip", Arrays.copyOf(valid, valid.length / 2)),
                new Sample("truncated-header", Arrays.copyOf(valid, 20)),
                new Sample("zip-bomb-huge-entry", bomb(valid)),
                new Sample("zip-bomb-single-entry", singleEntryBomb()),
                new Sample("thousands-of-entries", withEntries(valid, 5000)),
                new Sample("entry-dot-dot", withEntry(valid, "../../evil.xml", "<x/>")),
                new Sample("entry-absolute", withEntry(valid, "/tmp/evil.xml", "<x/>")),
                new Sample("entry-windows-absolute", withEntry(valid, "C:\\evil.xml", "<x/>")),
                new Sample("entry-backslash-dot-dot", withEntry(valid, "..\\..\\evil.xml", "<x/>")),
                new Sample("doctype-external-entity", replaced(valid, "word/document.xml", xxe())),
                new Sample("billion-laughs", replaced(valid, "word/document.xml", billionLaughs())),
                new Sample(
                        "doctype-in-content-types",
                        replaced(
                                valid,
                                "[Content_Types].xml",
                                "<?xml version=\"1.0\"?><!DOCTYPE Types SYSTEM \"http://127.0.0.1:9/x.dtd\">"
                                        + contentTypes(
                                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"))),
                new Sample(
                        "doctype-utf16",
                        replacedBytes(valid, "word/document.xml", xxe().getBytes(StandardCharsets.UTF_16LE))),
                new Sample("wrong-content-type", replaced(valid, "[Content_Types].xml", contentTypes("image/png"))),
                new Sample("spreadsheet-not-document", spreadsheet()));
    }

    /** A minimal valid DOCX whose body holds the paragraphs, then a table of the rows (if any). */
    static byte[] docx(List<String> paragraphs, List<List<String>> rows) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append(paragraph(p));
        }
        if (!rows.isEmpty()) {
            body.append("<w:tbl>");
            for (List<String> row : rows) {
                body.append("<w:tr>");
                for (String cell : row) {
                    body.append("<w:tc>").append(paragraph(cell)).append("</w:tc>");
                }
                body.append("</w:tr>");
            }
            body.append("</w:tbl>");
            body.append(paragraph(""));
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W
                + "\"><w:body>" + body + "</w:body></w:document>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "[Content_Types].xml",
                utf8(contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")));
        entries.put(
                "_rels/.rels",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                        + "Target=\"word/document.xml\"/></Relationships>"));
        entries.put("word/document.xml", utf8(document));
        return zip(entries);
    }

    private static String paragraph(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">"
                + text.replace("&", "&amp;").replace("<", "&lt;") + "</w:t></w:r></w:p>";
    }

    static String contentTypes(String mainType) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + mainType + "\"/></Types>";
    }

    static String xxe() {
        return "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"" + W
                + "\"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>";
    }

    static String billionLaughs() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        s.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            s.append("<!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                s.append("&lol").append(i - 1).append(';');
            }
            s.append("\">");
        }
        s.append("]><w:document xmlns:w=\"")
                .append(W)
                .append("\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
        return s.toString();
    }

    private static byte[] png() {
        byte[] bytes = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    /** The valid DOCX plus one entry of 200 MB of zeros (it compresses to about 0.1 %). */
    private static byte[] bomb(byte[] valid) {
        Map<String, byte[]> entries = entries(valid);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/media/image1.bin"));
            writeZeros(zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip whose main part itself is 200 MB of zeros. */
    private static synchronized byte[] singleEntryBomb() {
        if (bombEntryCache == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                writeZeros(zip);
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bombEntryCache = out.toByteArray();
        }
        return bombEntryCache.clone();
    }

    private static void writeZeros(ZipOutputStream zip) throws IOException {
        byte[] zeros = new byte[1 << 20];
        for (long written = 0; written < BOMB_BYTES; written += zeros.length) {
            zip.write(zeros);
        }
    }

    /** The compression ratio of a bomb, for the record: packed size over unpacked size. */
    static double bombRatio(byte[] bomb) {
        return (double) bomb.length / BOMB_BYTES;
    }

    private static byte[] withEntries(byte[] valid, int count) {
        Map<String, byte[]> entries = entries(valid);
        for (int i = 0; i < count; i++) {
            entries.put("customXml/item" + i + ".xml", utf8("<i/>"));
        }
        return zip(entries);
    }

    static byte[] withEntry(byte[] valid, String name, String content) {
        Map<String, byte[]> entries = entries(valid);
        entries.put(name, utf8(content));
        return zip(entries);
    }

    static byte[] replaced(byte[] valid, String name, String content) {
        return replacedBytes(valid, name, utf8(content));
    }

    private static byte[] replacedBytes(byte[] valid, String name, byte[] content) {
        Map<String, byte[]> entries = entries(valid);
        entries.put(name, content);
        return zip(entries);
    }

    private static byte[] spreadsheet() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "[Content_Types].xml",
                utf8(contentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
                        .replace("/word/document.xml", "/xl/workbook.xml")));
        entries.put(
                "xl/workbook.xml",
                utf8("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"));
        return zip(entries);
    }

    /** The entries of a zip, in order. */
    static Map<String, byte[]> entries(byte[] zipBytes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
