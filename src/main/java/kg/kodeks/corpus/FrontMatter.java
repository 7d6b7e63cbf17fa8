package kg.kodeks.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kodeks.error.Problem;
import kg.kodeks.model.ActMeta;
import kg.kodeks.model.ActStatus;
import kg.kodeks.model.Language;
import kg.kodeks.model.WorkId;

/**
 * The YAML block between two {@code ---} lines at the top of a corpus or draft file. Reading
 * it never throws: what is wrong comes back as problems naming the field and its line.
 */
public final class FrontMatter {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, Object> fields;
    private final List<SourceLine> lines;
    private final int bodyStart;

    private FrontMatter(Map<String, Object> fields, List<SourceLine> lines, int bodyStart) {
        this.fields = fields;
        this.lines = lines;
        this.bodyStart = bodyStart;
    }

    /** The result of splitting a file into its front matter and its body. */
    public record Parsed(FrontMatter frontMatter, List<SourceLine> body, List<Problem> problems) {
        public Parsed {
            body = List.copyOf(body);
            problems = List.copyOf(problems);
        }
    }

    /** Splits the lines of a file into front matter and body. */
    public static Parsed split(String file, List<String> rawLines) {
        return split(file, rawLines, true);
    }

    /**
     * Reads the front matter alone and leaves the body out of the result (empty), for a reader
     * that takes the body lines apart itself: cleaning them here would be wasted work.
     */
    public static Parsed header(String file, List<String> rawLines) {
        return split(file, rawLines, false);
    }

    private static Parsed split(String file, List<String> rawLines, boolean withBody) {
        List<Problem> problems = new ArrayList<>();
        int first = 0;
        while (first < rawLines.size() && rawLines.get(first).isBlank()) {
            first++;
        }
        if (first >= rawLines.size() || !rawLines.get(first).trim().equals("---")) {
            problems.add(error(file, first + 1, "frontMatter.missing"));
            return new Parsed(null, List.of(), problems);
        }
        int close = first + 1;
        while (close < rawLines.size() && !rawLines.get(close).trim().equals("---")) {
            close++;
        }
        if (close >= rawLines.size()) {
            problems.add(error(file, first + 1, "frontMatter.unclosed"));
            return new Parsed(null, List.of(), problems);
        }
        List<SourceLine> yamlLines = new ArrayList<>();
        StringBuilder yaml = new StringBuilder();
        for (int i = first + 1; i < close; i++) {
            yamlLines.add(new SourceLine(i + 1, rawLines.get(i)));
            yaml.append(rawLines.get(i)).append('\n');
        }
        Map<String, Object> fields = readYaml(file, first + 2, yaml.toString(), problems);
        List<SourceLine> body = withBody
                ? TextCleaner.lines(String.join("\n", rawLines.subList(close + 1, rawLines.size())), close + 2)
                : List.of();
        return new Parsed(fields == null ? null : new FrontMatter(fields, yamlLines, close + 2), body, problems);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readYaml(String file, int line, String yaml, List<Problem> problems) {
        try {
            Object value = YAML.readValue(yaml.isBlank() ? "{}" : yaml, Object.class);
            if (value instanceof Map<?, ?> map) {
                return new LinkedHashMap<>((Map<String, Object>) map);
            }
            problems.add(error(file, line, "frontMatter.yaml", "expected fields like \"id: …\""));
        } catch (java.io.IOException e) {
            String reason = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            problems.add(error(file, line, "frontMatter.yaml", reason));
        }
        return null;
    }

    /** The line of the body's first line in the file. */
    public int bodyStart() {
        return bodyStart;
    }

    /** A field as text, or null when absent. */
    public String text(String name) {
        Object value = fields.get(name);
        return value == null ? null : String.valueOf(value).trim();
    }

    /** A field holding a list of texts (a single text counts as a list of one). */
    public List<String> list(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(text(name));
    }

    /** All fields, in file order. */
    public Map<String, Object> fields() {
        return Map.copyOf(fields);
    }

    /** The line where a field stands, or the first line of the block. */
    public int lineOf(String name) {
        for (SourceLine line : lines) {
            if (line.text().startsWith(name + ":")) {
                return line.number();
            }
        }
        return lines.isEmpty() ? bodyStart - 1 : lines.get(0).number() - 1;
    }

    /**
     * The act's metadata: {@code id}, {@code title} and {@code lang} are required; {@code type},
     * {@code number} and {@code date}, when given, must agree with the id.
     */
    public ActMeta actMeta(String file, List<Problem> problems) {
        int before = problems.size();
        WorkId work = require(file, "id", "a work URI like /akn/kg/act/law/2011-07-15/101", WorkId::parse, problems);
        Language language = require(file, "lang", "kir or rus", Language::parse, problems);
        String title = require(file, "title", "the title of the act", t -> t, problems);
        ActStatus status = text("status") == null
                ? ActStatus.IN_FORCE
                : require(file, "status", "in-force or repealed", ActStatus::parse, problems);
        if (work != null) {
            agree(file, "type", work.type(), problems);
            agree(file, "number", work.number(), problems);
            agreeDate(file, work.date(), problems);
        }
        if (problems.size() > before) {
            return null;
        }
        return new ActMeta(work, language, title, status, text("source"), list("notes"), flag("sample"));
    }

    private <T> T require(
            String file,
            String name,
            String expected,
            java.util.function.Function<String, T> read,
            List<Problem> problems) {
        String value = text(name);
        if (value == null || value.isEmpty()) {
            problems.add(error(file, lineOf(name), "frontMatter.field", name, expected));
            return null;
        }
        try {
            return read.apply(value);
        } catch (IllegalArgumentException e) {
            problems.add(error(file, lineOf(name), "frontMatter.value", name, e.getMessage()));
            return null;
        }
    }

    private void agree(String file, String name, String expected, List<Problem> problems) {
        String value = text(name);
        if (value != null && !value.equals(expected)) {
            problems.add(error(file, lineOf(name), "frontMatter.mismatch", name, value, expected));
        }
    }

    private void agreeDate(String file, LocalDate expected, List<Problem> problems) {
        String value = text("date");
        if (value == null) {
            return;
        }
        try {
            if (!LocalDate.parse(value).equals(expected)) {
                problems.add(error(file, lineOf("date"), "frontMatter.mismatch", "date", value, expected.toString()));
            }
        } catch (DateTimeParseException e) {
            problems.add(error(file, lineOf("date"), "frontMatter.value", "date", "expected YYYY-MM-DD, got " + value));
        }
    }

    static Problem error(String file, int line, String key, String... args) {
        return new Problem(file, line, Problem.ERROR, StructureParser.BUNDLE, key, List.of(args));
    }
}
