package kg.kodeks.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders every kind in both languages from the sample workspace and opens each document with
 * LibreOffice headless (conversion to PDF), then checks the PDF's text holds the data.
 */
class LibreOfficeOpensEveryKindTest {
    @TempDir
    Path dir;

    // One value from each kind's sample data that must reach the page, per language.
    private static final Map<String, String[]> EXPECTED = Map.of(
            "press-release", new String[] {"23–24 декабря 2019 года", "2019-жылдын 23–24-декабры"},
            "protocol", new String[] {"Присутствовали (5 чел.)", "Катышкандар (5 адам)"},
            "plan", new String[] {"Общественное обсуждение проекта", "Долбоорду коомдук талкуулоо"},
            "comparative-table",
                    new String[] {"Устранено противоречие между перечнями", "Тизмелердин ортосундагы карама-каршылык"},
            "comments-table", new String[] {"Всего замечаний: 3", "Бардык пикирлер: 3"},
            "comment-form", new String[] {"до 10 марта 2020 года", "2020-жылдын 10-марты чейин"},
            "findings-report", new String[] {"Всего выявлено: 2", "Бардыгы аныкталды: 2"},
            "code", new String[] {"Статья 5. Вопросы местного значения", "5-берене. Жергиликтүү маанидеги маселелер"});

    // An article whose list opens with points numbers them from 1, not on from the article before.
    private static final String[] RESTARTED_POINTS = {
        "на основе принципов: 1) законности", "негизинде ишке ашырылат: 1) мыйзамдуулук"
    };

    @Test
    void everyKindOpensInLibreOfficeWithItsData() throws Exception {
        assumeTrue(
                onPath("soffice") && onPath("pdftotext"),
                "LibreOffice (soffice) or pdftotext is missing: install libreoffice-writer-nogui and poppler-utils");
        Renderer renderer = new Renderer(new Workspace(Path.of("").toAbsolutePath(), true));
        List<String> files = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            for (Language language : Language.values()) {
                Path out = dir.resolve(kind.id() + "." + language.code() + ".docx");
                renderer.render(kind, null, language, out);
                files.add(out.toString());
            }
        }
        List<String> command = new ArrayList<>(List.of(
                "soffice",
                "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.resolve("pdf").toString()));
        command.addAll(files);
        assertEquals(0, run(command, 240));
        for (DocumentKind kind : DocumentKind.values()) {
            for (Language language : Language.values()) {
                Path pdf = dir.resolve("pdf").resolve(kind.id() + "." + language.code() + ".pdf");
                assertTrue(Files.isRegularFile(pdf), "LibreOffice did not convert " + pdf.getFileName());
                Path txt = dir.resolve(kind.id() + "." + language.code() + ".txt");
                assertEquals(0, run(List.of("pdftotext", pdf.toString(), txt.toString()), 60));
                // Lines may break at a hyphen or a space: compare without either.
                String text = Files.readString(txt).replaceAll("[\\s\u00ad-]+", "");
                String expected = EXPECTED.get(kind.id())[language == Language.RUS ? 0 : 1];
                assertTrue(
                        text.contains(expected.replaceAll("[\\s-]+", "")),
                        kind.id() + " " + language + " lacks «" + expected + "»: " + text);
                assertTrue(!text.contains("{{"), kind.id() + " " + language + " has a tag left: " + text);
                if (kind == DocumentKind.CODE) {
                    String restarted = RESTARTED_POINTS[language == Language.RUS ? 0 : 1];
                    assertTrue(
                            text.contains(restarted.replaceAll("[\\s-]+", "")),
                            "code " + language + " lacks «" + restarted + "»: " + text);
                }
                assertTrue(!text.contains("<!--"), kind.id() + " " + language + " shows a source annotation: " + text);
            }
        }
    }

    @Test
    void templateSavedByLibreOfficeWithTagsSplitAcrossRunsStillRenders() throws Exception {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is missing: install libreoffice-writer-nogui");
        // Runs that differ in language and a bookmark inside the tag: LibreOffice keeps them apart.
        Docx docx = new Docx()
                .xml(
                        "<w:p><w:r><w:rPr><w:lang w:val=\"ru-RU\"/></w:rPr><w:t xml:space=\"preserve\">Председатель {{ch</w:t></w:r>"
                                + "<w:bookmarkStart w:id=\"0\" w:name=\"mark\"/><w:r><w:rPr><w:lang w:val=\"ky-KG\"/></w:rPr><w:t>ai</w:t></w:r>"
                                + "<w:bookmarkEnd w:id=\"0\"/><w:r><w:rPr><w:lang w:val=\"en-US\"/></w:rPr><w:t>r}} и {{num</w:t></w:r>"
                                + "<w:r><w:rPr><w:lang w:val=\"ky-KG\"/></w:rPr><w:t>ber}}</w:t></w:r></w:p>")
                .table(new int[] {1000, 4000}, new String[] {"№", "Имя"}, new String[] {
                    "{{#participants}}{{no}}", "{{name}}{{/participants}}"
                });
        Path original = dir.resolve("edited.docx");
        docx.save(original);
        Path saved = dir.resolve("lo");
        assertEquals(
                0,
                run(
                        List.of(
                                "soffice",
                                "-env:UserInstallation=file://" + dir.resolve("profile"),
                                "--headless",
                                "--convert-to",
                                "docx:MS Word 2007 XML",
                                "--outdir",
                                saved.toString(),
                                original.toString()),
                        120));
        Path template = saved.resolve("edited.docx");
        String xml;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(template.toFile())) {
            xml = new String(
                    zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(!xml.contains("{{chair}}") && xml.contains("{{ch"), "LibreOffice joined the runs: " + xml);
        Map<String, Object> data = Map.of(
                "chair",
                "Усенов",
                "number",
                3,
                "participants",
                List.of(Map.of("name", "Первый", "no", 1), Map.of("name", "Второй", "no", 2)));
        String text = Docx.text(Renderer.fill(template, data, Language.RUS));
        assertTrue(text.contains("Председатель Усенов и 3"), xml + "\n---\n" + text);
        assertTrue(text.contains("1\nПервый\n2\nВторой"), text);
    }

    private static int run(List<String> command, int seconds) throws Exception {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
