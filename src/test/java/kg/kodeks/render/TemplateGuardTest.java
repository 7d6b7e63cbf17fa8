package kg.kodeks.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kg.kodeks.error.KodeksException;
import org.junit.jupiter.api.Test;

class TemplateGuardTest {
    private static byte[] zip(String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(KodeksException.class, () -> TemplateGuard.check(bytes, "t.docx"))
                .key();
    }

    @Test
    void refusesAFileThatIsNotAZip() {
        assertEquals("template.notZip", refusal("just text".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesZipBomb() throws Exception {
        // 150 MB of zeros compress to about 150 KB.
        byte[] big = new byte[150 << 20];
        assertEquals("template.bomb", refusal(zip("word/document.xml", big)));
    }

    @Test
    void refusesDoctypeAndEntities() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        assertEquals("template.doctype", refusal(zip("word/document.xml", xml.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void refusesDoctypeHiddenInUtf16() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY e \"e\">]><x>&e;</x>";
        assertEquals("template.doctype", refusal(zip("word/document.xml", xml.getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void refusesEntryNamesLeadingOutside() throws Exception {
        assertEquals("template.badEntry", refusal(zip("../../evil.xml", "<x/>".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void acceptsARealTemplate() throws Exception {
        TemplateGuard.check(new Docx().p(null, "{{title}}").bytes(), "t.docx");
    }
}
