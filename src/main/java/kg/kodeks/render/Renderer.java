package kg.kodeks.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import kg.kodeks.error.KodeksException;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Language;
import kg.kodeks.render.internal.Scope;
import kg.kodeks.render.kinds.DataSource;
import kg.kodeks.render.markdown.MarkdownRenderer;
import kg.kodeks.render.redline.RedlineBuilder;
import kg.kodeks.workspace.AtomicFiles;
import kg.kodeks.workspace.Workspace;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/**
 * The render service: fills a kind's template ({@code templates/<kind>.<lang>.docx}, else
 * {@code templates/<kind>.docx}) with data ({@code documents/<kind>.<lang>.yaml} unless another
 * file is given), after checking the template against that data; writes the document in one
 * step. Also checks templates on their own ({@code kodeks template check}).
 */
public final class Renderer {
    static final String BUNDLE = "kg.kodeks.render.messages";
    private static final YAMLMapper YAML = new YAMLMapper();

    private final Workspace workspace;

    public Renderer(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What a render produced and from what. */
    public record Result(Path out, Path template, Path data) {}

    /** The template a kind uses in a language. */
    public Path template(DocumentKind kind, Language language) {
        Path specific = workspace.templates().resolve(kind.id() + "." + language.code() + ".docx");
        return Files.isRegularFile(specific) ? specific : workspace.templates().resolve(kind.id() + ".docx");
    }

    /** The sample data of a kind in {@code documents/}. */
    public Path sampleData(DocumentKind kind, Language language) {
        return workspace.documents().resolve(kind.id() + "." + language.code() + ".yaml");
    }

    /**
     * Renders one document.
     *
     * @param dataFile the YAML data, or null for the kind's sample data
     * @throws KodeksException when the data or the template is wrong; nothing is written then
     */
    public Result render(DocumentKind kind, Path dataFile, Language language, Path out) throws KodeksException {
        Path data = dataFile != null ? dataFile : sampleData(kind, language);
        return render(kind, readData(data), data, language, out);
    }

    /** Renders one document from data already in memory (as other features will hand it in). */
    public Result render(DocumentKind kind, Map<String, Object> raw, Path dataName, Language language, Path out)
            throws KodeksException {
        Path template = template(kind, language);
        Map<String, Object> data = kind.builder().build(raw, language, new DataSource(dataName, workspace.root()));
        byte[] bytes = fill(template, data, language);
        write(out, bytes);
        return new Result(out, template, dataName);
    }

    /** Fills a template with built data after checking it; returns the document's bytes. */
    static byte[] fill(Path template, Map<String, Object> data, Language language) throws KodeksException {
        return fill(template, data, language, null);
    }

    /**
     * @param body when not null, makes the content of {@code {{>body}}} instead of the Markdown
     *     in the data (a redline)
     */
    static byte[] fill(
            Path template,
            Map<String, Object> data,
            Language language,
            Function<WordprocessingMLPackage, List<Object>> body)
            throws KodeksException {
        TemplateEngine.Loaded loaded = TemplateEngine.load(TemplateGuard.read(template), template.toString());
        List<Problem> problems = TemplateEngine.check(loaded, data);
        if (!problems.isEmpty()) {
            throw new KodeksException(
                    BUNDLE,
                    "render.templateInvalid",
                    template.toString(),
                    problems.size(),
                    problems.get(0).describe(Locale.ENGLISH));
        }
        MarkdownRenderer[] markdown = new MarkdownRenderer[1];
        return TemplateEngine.fill(loaded, data, value -> text(value, language), (tag, value, where) -> {
            if (tag.name().equals("toc")) {
                return List.of(MarkdownRenderer.tableOfContents(
                        language == Language.KIR ? "Мазмуну (талааларды жаңыртыңыз)" : "Оглавление (обновите поля)"));
            }
            if (body != null && tag.name().equals("body")) {
                return body.apply(loaded.pkg);
            }
            if (markdown[0] == null) {
                markdown[0] = new MarkdownRenderer(loaded.pkg);
            }
            return markdown[0].render(value == null || value == Scope.MISSING ? "" : String.valueOf(value));
        });
    }

    /**
     * Renders the Code with the changes from Markdown {@code a} to Markdown {@code b} as tracked
     * changes, in the Code's template and title block.
     *
     * @param author who the changes are credited to
     */
    public Result redline(Path a, Path b, Language language, Path out, String author) throws KodeksException {
        Instant when;
        try {
            when = Files.getLastModifiedTime(b).toInstant();
        } catch (IOException e) {
            when = Instant.now();
        }
        return redline(readText(a), readText(b), b, language, out, author, when);
    }

    /**
     * Renders the Code with the changes from Markdown {@code oldText} to {@code newText} as tracked
     * changes credited to {@code author} at {@code date} (for draft versions: the newer commit's).
     *
     * @param source what the newer text came from, reported in the result
     */
    public Result redline(
            String oldText, String newText, Path source, Language language, Path out, String author, Instant date)
            throws KodeksException {
        Path dataFile = sampleData(DocumentKind.CODE, language);
        Map<String, Object> raw = new java.util.LinkedHashMap<>(readData(dataFile));
        raw.put("body", newText);
        Map<String, Object> data =
                DocumentKind.CODE.builder().build(raw, language, new DataSource(dataFile, workspace.root()));
        Path template = template(DocumentKind.CODE, language);
        byte[] bytes =
                fill(template, data, language, pkg -> new RedlineBuilder(author, date).build(pkg, oldText, newText));
        write(out, bytes);
        return new Result(out, template, source);
    }

    private static String readText(Path file) throws KodeksException {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new KodeksException(e, BUNDLE, "redline.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * Checks a template: its tags alone, or against data (a file, or a kind's sample data).
     *
     * @return the problems found, empty when the template is fine
     */
    public List<Problem> check(Path template, DocumentKind kind, Path dataFile, Language language)
            throws KodeksException {
        TemplateEngine.Loaded loaded = TemplateEngine.load(TemplateGuard.read(template), template.toString());
        Map<String, Object> data = null;
        if (dataFile != null || kind != null) {
            Path file = dataFile != null ? dataFile : sampleData(kind, language);
            Map<String, Object> raw = readData(file);
            data = kind != null ? kind.builder().build(raw, language, new DataSource(file, workspace.root())) : raw;
        }
        return new ArrayList<>(TemplateEngine.check(loaded, data));
    }

    /** Reads a YAML data file into maps and lists, naming the file and line of a syntax error. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readData(Path file) throws KodeksException {
        if (!Files.isRegularFile(file)) {
            throw new KodeksException(BUNDLE, "data.missingFile", file.toString());
        }
        try {
            Object value = YAML.readValue(file.toFile(), Object.class);
            if (!(value instanceof Map<?, ?> map)) {
                throw new KodeksException(BUNDLE, "data.notMapping", file.toString());
            }
            return (Map<String, Object>) map;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new KodeksException(e, BUNDLE, "data.syntax", file.toString(), line, e.getOriginalMessage());
        } catch (IOException e) {
            throw new KodeksException(e, BUNDLE, "data.unreadable", file.toString(), e.getMessage());
        }
    }

    static void write(Path out, byte[] bytes) throws KodeksException {
        try {
            AtomicFiles.write(out, bytes);
        } catch (IOException e) {
            throw new KodeksException(e, BUNDLE, "render.writeFailed", out.toString(), e.getMessage());
        }
    }

    /** A field's value as text: ISO dates per language, lists joined, nothing for null. */
    static String text(Object value, Language language) {
        if (value == null || value == Scope.MISSING) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return DateFormats.format(d, language);
        }
        if (value instanceof String s) {
            LocalDate d = DateFormats.parseIso(s);
            return d != null ? DateFormats.format(d, language) : s;
        }
        if (value instanceof Boolean b) {
            return language == Language.KIR ? (b ? "ооба" : "жок") : (b ? "да" : "нет");
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(text(o, language));
            }
            return String.join(", ", parts);
        }
        return String.valueOf(value);
    }
}
