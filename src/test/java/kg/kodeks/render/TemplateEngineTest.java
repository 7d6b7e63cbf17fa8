package kg.kodeks.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {
    @TempDir
    Path dir;

    private static final Map<String, Object> DATA = Map.of(
            "title",
            "Заседание",
            "chair",
            Map.of("name", "Усенов"),
            "date",
            "2019-12-23",
            "flag",
            true,
            "empty",
            List.of(),
            "participants",
            List.of(Map.of("name", "Первый"), Map.of("name", "Второй"), Map.of("name", "Третий")));

    private String fill(Docx docx, Map<String, Object> data, Language language) throws Exception {
        Path template = dir.resolve("t.docx");
        docx.save(template);
        return Docx.text(Renderer.fill(template, data, language));
    }

    private List<Problem> check(Docx docx, Map<String, Object> data) throws Exception {
        Path template = dir.resolve("c.docx");
        docx.save(template);
        TemplateEngine.Loaded loaded = TemplateEngine.load(TemplateGuard.read(template), template.toString());
        return TemplateEngine.check(loaded, data);
    }

    // A tag the way Word leaves it after spell-checking, a bookmark and a revision: four runs.
    private static final String SPLIT_TITLE = "<w:p><w:r><w:t xml:space=\"preserve\">Тема: {</w:t></w:r>"
            + "<w:proofErr w:type=\"spellStart\"/><w:r w:rsidR=\"00AB12\"><w:t>{ti</w:t></w:r>"
            + "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:r><w:rPr><w:lang w:val=\"ky-KG\"/></w:rPr><w:t>tle</w:t></w:r>"
            + "<w:bookmarkEnd w:id=\"0\"/><w:proofErr w:type=\"spellEnd\"/><w:r><w:t>}} конец</w:t></w:r></w:p>";

    @Test
    void fillsTagsSplitAcrossRunsBySpellCheckAndBookmarks() throws Exception {
        String text = fill(new Docx().xml(SPLIT_TITLE), DATA, Language.RUS);
        assertTrue(text.contains("Тема: Заседание конец"), text);
        assertFalse(text.contains("{{"), text);
    }

    @Test
    void fillsTagsInHeadersFootersAndFootnotes() throws Exception {
        Docx docx = new Docx()
                .header(SPLIT_TITLE)
                .footer(Docx.para(null, "Председатель {{chair.name}}"))
                .footnote(Docx.para(null, "Дата {{date}}"));
        String text = fill(docx, DATA, Language.RUS);
        assertTrue(text.contains("Тема: Заседание конец"), text);
        assertTrue(text.contains("Председатель Усенов"), text);
        assertTrue(text.contains("Дата 23 декабря 2019 года"), text);
    }

    @Test
    void formatsDatesPerLanguage() throws Exception {
        String text = fill(new Docx().p(null, "{{date}}"), DATA, Language.KIR);
        assertTrue(text.contains("2019-жылдын 23-декабры"), text);
    }

    @Test
    void repeatsTableRowsForEachItemWithTheirNumbers() throws Exception {
        Docx docx = new Docx().table(new int[] {1000, 4000}, new String[] {"№", "Имя"}, new String[] {
            "{{#participants}}{{@no}}", "{{name}}{{/participants}}"
        });
        String text = fill(docx, DATA, Language.RUS);
        assertTrue(text.contains("1\nПервый\n2\nВторой\n3\nТретий\n"), text);
        assertFalse(text.contains("{{"), text);
    }

    @Test
    void repeatsParagraphsAndKeepsOrDropsConditionalOnes() throws Exception {
        Docx docx = new Docx()
                .p(null, "{{#participants}}")
                .p(null, "Участник {{name}}")
                .p(null, "{{/participants}}")
                .p(null, "{{#flag}}")
                .p(null, "Флаг есть")
                .p(null, "{{/flag}}")
                .p(null, "{{^empty}}")
                .p(null, "Список пуст")
                .p(null, "{{/empty}}")
                .p(null, "{{#empty}}")
                .p(null, "Не должно быть")
                .p(null, "{{/empty}}")
                .p(null, "Inline: {{#flag}}да{{/flag}}{{^flag}}нет{{/flag}}");
        String text = fill(docx, DATA, Language.RUS);
        assertTrue(text.contains("Участник Первый\nУчастник Второй\nУчастник Третий"), text);
        assertTrue(text.contains("Флаг есть"), text);
        assertTrue(text.contains("Список пуст"), text);
        assertFalse(text.contains("Не должно быть"), text);
        assertTrue(text.contains("Inline: да\n"), text);
    }

    @Test
    void rendersMarkdownBlockWithNumberingAndFootnotes() throws Exception {
        Docx docx = new Docx().p(null, "{{>body}}");
        Map<String, Object> data = Map.of("body", "### Статья 1. Тест\n\n1. Часть[^1].\n\n1) пункт\n\n[^1]: Сноска.\n");
        Path template = dir.resolve("m.docx");
        docx.save(template);
        byte[] out = Renderer.fill(template, data, Language.RUS);
        String text = Docx.text(out);
        assertTrue(text.contains("Статья 1. Тест"), text);
        assertTrue(text.contains("Сноска."), text);
        assertTrue(text.contains("w:abstractNum")
                || new String(out, java.nio.charset.StandardCharsets.ISO_8859_1).contains("numbering.xml"));
    }

    @Test
    void sourceAnnotationsOfTheDraftNeverReachTheDocument() throws Exception {
        Docx docx = new Docx().p(null, "{{>body}}");
        Map<String, Object> data = Map.of(
                "body",
                "### Статья 1. Тест\n<!-- source: /akn/kg/act/law/2011-07-15/101/rus#art_1 -->\n\n"
                        + "1. Часть первая. <!-- source: /akn/kg/act/law/2011-07-15/101/rus#art_2__para_1 -->\n");
        Path template = dir.resolve("s.docx");
        docx.save(template);
        String text = Docx.text(Renderer.fill(template, data, Language.RUS));
        assertTrue(text.contains("Часть первая."), text);
        assertFalse(text.contains("source") || text.contains("<!--") || text.contains("akn"), text);
    }

    @Test
    void reportsUnknownFieldWithItsParagraph() throws Exception {
        List<Problem> problems = check(new Docx().p(null, "Привет, {{nobody}}!"), DATA);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("template.unknownField", problems.get(0).key());
        assertTrue(problems.get(0).args().get(1).contains("Привет, {{nobody}}!"));
    }

    @Test
    void reportsUnclosedSection() throws Exception {
        List<Problem> problems = check(new Docx().p(null, "{{#participants}}").p(null, "{{name}}"), DATA);
        assertTrue(problems.stream().anyMatch(p -> p.key().equals("template.unclosed")), problems.toString());
    }

    @Test
    void reportsCrossedSections() throws Exception {
        List<Problem> problems = check(
                new Docx()
                        .p(null, "{{#flag}}")
                        .p(null, "{{#participants}}")
                        .p(null, "{{/flag}}")
                        .p(null, "{{/participants}}"),
                DATA);
        assertTrue(problems.stream().anyMatch(p -> p.key().equals("template.crossed")), problems.toString());
    }

    @Test
    void reportsSectionCrossingATableCell() throws Exception {
        Docx docx = new Docx()
                .p(null, "{{#participants}}")
                .table(new int[] {3000}, new String[] {"Имя"}, new String[] {"{{name}}{{/participants}}"});
        List<Problem> problems = check(docx, DATA);
        assertTrue(problems.stream().anyMatch(p -> p.key().equals("template.crossesCell")), problems.toString());
    }

    @Test
    void reportsTagBrokenByFormatting() throws Exception {
        Docx docx =
                new Docx().xml("<w:p><w:r><w:t>{{ti</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>tle}}</w:t></w:r></w:p>");
        List<Problem> problems = check(docx, DATA);
        assertEquals("template.brokenByFormatting", problems.get(0).key(), problems.toString());
        assertEquals("{{title}}", problems.get(0).args().get(0));
    }

    @Test
    void refusesToRenderABrokenTemplateAndWritesNothing() throws Exception {
        Path template = dir.resolve("bad.docx");
        new Docx().p(null, "{{#participants}}").save(template);
        Path out = dir.resolve("out.docx");
        KodeksException e = assertThrows(KodeksException.class, () -> {
            byte[] bytes = Renderer.fill(template, DATA, Language.RUS);
            Renderer.write(out, bytes);
        });
        assertEquals("render.templateInvalid", e.key());
        assertFalse(Files.exists(out));
    }

    @Test
    void shippedTemplatesPassTheirChecksWithSampleData() throws Exception {
        Renderer renderer =
                new Renderer(new kg.kodeks.workspace.Workspace(Path.of("").toAbsolutePath(), true));
        for (DocumentKind kind : DocumentKind.values()) {
            for (Language language : Language.values()) {
                List<Problem> problems = renderer.check(renderer.template(kind, language), kind, null, language);
                assertTrue(problems.isEmpty(), kind + " " + language + ": " + problems);
            }
        }
    }
}
