package kg.kodeks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlExtractorTest {
    @TempDir
    Path dir;

    private static String page(String charsetMeta, String body) {
        return "<!DOCTYPE html><html><head>" + charsetMeta + "<title>Заголовок окна</title>"
                + "<style>p { color: red; } /* Статья 99. */</style>"
                + "<script>var s = '<p>Статья 98. Скрипт</p>'; if (a < b) {}</script></head><body>" + body
                + "</body></html>";
    }

    private static final String BODY = """
            <div class="act"><p align="center"><b>ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ</b></p>
            <p>от 15 июля 2011 года &#8470;&nbsp;101</p>
            <p><b>О местном самоуправлении</b></p>
            <p>(В редакции Закона КР от 12 марта 2019 года № 37)</p>
            <!-- <p>Статья 97. Комментарий</p> -->
            <h3>Глава 1. Общие положения</h3>
            <p><b>Статья 1.</b> Предмет</p><p>1. Настоящий Закон определяет основы
               местного   самоуправления.</p>
            <p>2. Закон действует на всей территории.</p>
            <p><b>Статья 2.</b> Утратила силу</p>
            <p><span>Статья 3.</span> Права</p>
            <p>Органы вправе:<br>1) созывать сходы;<br/>2) проводить слушания &amp; собрания.</p>
            <table><tr><td>Адрес:</td><td title="a > b">Бишкек</td></tr></table></div>
            """;

    @Test
    void stripsTagsScriptsStylesAndCommentsAndDecodesEntities() {
        List<String> lines = TextExtractor.splitLines(HtmlText.extract(page("", BODY))).stream()
                .filter(l -> !l.isBlank())
                .map(String::strip)
                .toList();
        assertEquals("ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ", lines.get(0));
        assertEquals("от 15 июля 2011 года №\u00a0101", lines.get(1));
        assertTrue(lines.contains("1. Настоящий Закон определяет основы местного самоуправления."), lines.toString());
        assertTrue(lines.contains("1) созывать сходы;"), lines.toString());
        assertTrue(lines.contains("2) проводить слушания & собрания."), lines.toString());
        assertTrue(lines.contains("Адрес: Бишкек"), lines.toString());
        String all = String.join("\n", lines);
        assertFalse(
                all.contains("Статья 99")
                        || all.contains("Статья 98")
                        || all.contains("Статья 97")
                        || all.contains("Заголовок окна"),
                all);
    }

    @Test
    void importsAWindows1251PageByItsMetaCharset() throws Exception {
        String html = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">", BODY);
        Path file = dir.resolve("act.htm");
        Files.write(file, html.getBytes(Charset.forName("windows-1251")));
        ImportedAct imported = ActImporter.read(file, "act.htm", ImportOptions.of(Language.RUS));
        assertTrue(imported.ok(), imported.problems().toString());
        assertEquals(
                "/akn/kg/act/law/2011-07-15/101", imported.act().meta().work().uri());
        assertEquals(3, imported.act().articleCount());
        assertTrue(imported.act().find("art_2").orElseThrow().repealed());
        assertEquals(
                List.of("В редакции Закона КР от 12 марта 2019 года № 37"),
                imported.act().meta().notes());
    }

    @Test
    void aUtf8PageWithoutMetaAndAByteOrderMarkAlsoReads() throws Exception {
        byte[] bytes = ("\uFEFF" + page("", BODY)).getBytes(StandardCharsets.UTF_8);
        assertTrue(new HtmlExtractor().lines(bytes, "a.html").contains("ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ"));
        byte[] meta = page("<meta charset=\"utf-8\">", BODY).getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, HtmlExtractor.declaredCharset(meta));
    }

    @Test
    void entitiesDecodeAndUnknownOnesStayAsWritten() {
        assertEquals(
                "«a» — b & c &unknown; d", HtmlText.decodeEntities("&laquo;a&raquo; &mdash; b &amp; c &unknown; d"));
        assertEquals("ң ө", HtmlText.decodeEntities("&#1187; &#x4E9;"));
        assertEquals("", HtmlText.extract(""));
        assertEquals("a < b", HtmlText.extract("a < b").strip());
    }
}
