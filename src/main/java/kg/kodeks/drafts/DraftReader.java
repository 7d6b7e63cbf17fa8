package kg.kodeks.drafts;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.kodeks.corpus.FrontMatter;
import kg.kodeks.corpus.SourceLine;
import kg.kodeks.corpus.StructureParser;
import kg.kodeks.corpus.TextCleaner;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Act;
import kg.kodeks.model.ActMeta;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;

/**
 * Reads draft files. flexmark tells which lines are text (paragraphs, list items, headings)
 * and which are HTML comments or code; the text lines then go through the corpus's
 * {@link StructureParser}, so the Code and the acts are read by the same rules. Source
 * annotations are HTML comments, invisible when the Markdown is rendered.
 */
public final class DraftReader {
    static final String BUNDLE = "kg.kodeks.drafts.messages";
    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("(?s)^\\s*source\\s*:\\s*(.*?)\\s*$");
    private static final Parser PARSER = Parser.builder(
                    new MutableDataSet().set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create())))
            .build();

    private DraftReader() {}

    /** Reads {@code code.kir.md} and {@code code.rus.md} from a folder; a missing file is left out. */
    public static Draft readFolder(Path folder) throws IOException {
        Map<Language, DraftFile> files = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Path path = folder.resolve(Draft.fileName(language));
            if (Files.isRegularFile(path)) {
                files.put(
                        language,
                        parse(Draft.fileName(language), language, Files.readString(path, StandardCharsets.UTF_8)));
            }
        }
        return new Draft(files);
    }

    /** Parses the text of one draft file. */
    public static DraftFile parse(String name, Language language, String text) {
        return parse(name, language, text, true);
    }

    /**
     * Parses the text of one draft file. With {@code plainFirst} the text lines of plain Markdown
     * are told line by line ({@link PlainMarkdown}), else always by flexmark; the results are the
     * same, which the tests check by reading drafts both ways.
     */
    static DraftFile parse(String name, Language language, String text, boolean plainFirst) {
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> raw = lines(clean);
        FrontMatter.Parsed parsed = FrontMatter.header(name, raw);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        if (parsed.frontMatter() == null) {
            return new DraftFile(name, language, null, "", List.of(), problems);
        }
        FrontMatter front = parsed.frontMatter();
        ActMeta meta = front.actMeta(name, problems);
        if (meta != null && meta.language() != language) {
            problems.add(problem(
                    name,
                    front.lineOf("lang"),
                    Problem.ERROR,
                    "draft.language",
                    meta.language().code(),
                    language.code()));
            meta = null;
        }
        Lines lines = classify(clean, raw, front.bodyStart(), plainFirst);
        StructureParser.Body body = StructureParser.parse(name, lines.text);
        problems.addAll(body.problems());
        String version = front.text("version");
        if (meta == null || body.hasErrors()) {
            return new DraftFile(name, language, null, version, List.of(), problems);
        }
        Act act = new Act(meta, body.preamble(), body.units());
        List<SourceNote> sources = attach(name, act, lines.comments, problems);
        return new DraftFile(name, language, act, version, sources, problems);
    }

    /** The body lines (text lines kept, everything else blank) and the comments by line. */
    private record Lines(List<SourceLine> text, List<SourceLine> comments) {}

    private static Lines classify(String text, List<String> raw, int bodyStart, boolean plainFirst) {
        boolean[] isText = plainFirst && !hasLoneCarriageReturn(text) ? PlainMarkdown.textLines(raw, bodyStart) : null;
        if (isText == null) {
            isText = new boolean[raw.size() + 1];
            Node document = PARSER.parse(text);
            mark(document, isText, lineStarts(text));
        }
        List<SourceLine> body = new ArrayList<>(Math.max(0, raw.size() - bodyStart + 1));
        List<SourceLine> comments = new ArrayList<>();
        for (int i = bodyStart - 1; i < raw.size(); i++) {
            String line = raw.get(i);
            String withoutComments = line;
            if (line.contains("<!--")) {
                collectComments(line, i + 1, comments);
                withoutComments = COMMENT.matcher(line).replaceAll(" ");
            }
            body.add(new SourceLine(i + 1, isText[i] ? TextCleaner.cleanLine(withoutComments) : ""));
        }
        return new Lines(body, comments);
    }

    /** The lines of a text, split at {@code \r\n}, {@code \r} or {@code \n}; a final empty line is kept. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /**
     * True when a line ends in {@code \r} alone. flexmark's offsets are then mapped to lines
     * by {@code \n} only, and the line-by-line answer could differ from that.
     */
    private static boolean hasLoneCarriageReturn(String text) {
        for (int at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) {
            if (at + 1 >= text.length() || text.charAt(at + 1) != '\n') {
                return true;
            }
        }
        return false;
    }

    private static void mark(Node node, boolean[] isText, int[] lineStarts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph || child instanceof Heading) {
                int last = lineOf(lineStarts, Math.max(child.getStartOffset(), child.getEndOffset() - 1));
                for (int l = lineOf(lineStarts, child.getStartOffset()); l <= last && l < isText.length; l++) {
                    isText[l] = true;
                }
            } else if (!(child instanceof HtmlBlock) && !(child instanceof HtmlCommentBlock)) {
                mark(child, isText, lineStarts);
            }
        }
    }

    /**
     * The offsets where lines start. flexmark can give a node's line number, but it counts from
     * the start of the document each time, which is quadratic on a long draft.
     */
    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }

    /** The 0-based line of an offset. */
    private static int lineOf(int[] starts, int offset) {
        int at = java.util.Arrays.binarySearch(starts, offset);
        return at >= 0 ? at : -at - 2;
    }

    private static void collectComments(String line, int number, List<SourceLine> out) {
        Matcher m = COMMENT.matcher(line);
        while (m.find()) {
            out.add(new SourceLine(number, m.group(1)));
        }
    }

    /** Gives each source annotation to the unit it follows: the last unit opened at or before its line. */
    private static List<SourceNote> attach(String name, Act act, List<SourceLine> comments, List<Problem> problems) {
        if (comments.isEmpty()) {
            return List.of();
        }
        List<Unit> units = act.allUnits()
                .sorted(java.util.Comparator.comparingInt(Unit::line))
                .toList();
        int[] starts = units.stream().mapToInt(Unit::line).toArray();
        List<SourceNote> notes = new ArrayList<>();
        for (SourceLine comment : comments) {
            Matcher m = SOURCE.matcher(comment.text());
            if (!m.matches()) {
                continue;
            }
            int at = lastAtOrBefore(starts, comment.number());
            Unit owner = at < 0 ? null : units.get(at);
            if (owner == null) {
                problems.add(problem(name, comment.number(), Problem.ERROR, "draft.sourceOutside", m.group(1)));
                continue;
            }
            for (String address : m.group(1).split("[\\s,;]+")) {
                if (!address.isBlank()) {
                    notes.add(new SourceNote(owner.eid(), address, comment.number()));
                }
            }
        }
        return notes;
    }

    /** The last index whose line is at or before {@code line} in lines sorted upwards, or -1. */
    private static int lastAtOrBefore(int[] lines, int line) {
        int low = 0;
        int high = lines.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (lines[mid] <= line) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }

    static Problem problem(String file, int line, String severity, String key, String... args) {
        return new Problem(file, line, severity, BUNDLE, key, List.of(args));
    }
}
