package kg.kodeks.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.kodeks.model.UnitKind;

/**
 * Recognises the structure words and numbers of a line, in both languages: «Раздел II» /
 * «II бөлүм», «Глава 3. …» / «3-глава. …» (or «3-бап»), «Статья 12. …» / «12-берене. …», parts
 * «2.», points «1)», subpoints «а)». Markdown decoration (heading marks, emphasis, quote marks)
 * is ignored, so the same rules read plain text exports and Markdown files.
 *
 * @param kind the unit the line opens, or null for a line of text
 * @param number the unit's number as written
 * @param rest what follows the number: a heading for sections, chapters and articles, the text
 *     for parts and points, the whole line for text
 */
public record StructureLine(UnitKind kind, String number, String rest) {
    private static final String ROMAN = "[IVXLCІ]+";
    private static final String NUM = "\\d+(?:-\\d+)*";
    private static final String TAIL = "(?:[.:]\\s*|\\s+|$)(.*)";
    /** What a match may start with, in lower case: digits, and digits or Roman numerals. */
    private static final String DIGITS = "0123456789";

    private static final String DIGITS_OR_ROMAN = DIGITS + "ivxlcі";
    private static final List<Rule> RULES = List.of(
            new Rule(UnitKind.SECTION, "(?iu)^(?:раздел)\\s+(" + ROMAN + "|" + NUM + ")" + TAIL, "р"),
            new Rule(UnitKind.SECTION, "(?iu)^(" + ROMAN + "|" + NUM + ")[-\\s]?(?:бөлүм)" + TAIL, DIGITS_OR_ROMAN),
            new Rule(UnitKind.CHAPTER, "(?iu)^(?:глава)\\s+(" + NUM + "|" + ROMAN + ")" + TAIL, "г"),
            new Rule(UnitKind.CHAPTER, "(?iu)^(" + NUM + "|" + ROMAN + ")[-\\s]?(?:глава|бап)" + TAIL, DIGITS_OR_ROMAN),
            new Rule(UnitKind.ARTICLE, "(?iu)^(?:статья)\\s+(" + NUM + ")" + TAIL, "с"),
            new Rule(UnitKind.ARTICLE, "(?iu)^(" + NUM + ")[-\\s]?(?:берене)" + TAIL, DIGITS),
            new Rule(UnitKind.PART, "^(" + NUM + ")\\.\\s+(.*)", DIGITS),
            new Rule(UnitKind.POINT, "^(" + NUM + ")\\)\\s*(.*)", DIGITS),
            new Rule(
                    UnitKind.SUBPOINT,
                    "(?u)^([а-яёңөү](?:-\\d+)?)\\)\\s*(.*)",
                    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяңөү"));
    private static final Pattern DECORATION = Pattern.compile("^(?:#{1,6}\\s+|>\\s?|[*_]{2}|\\*\\s+|-\\s+(?=\\d))+");
    private static final Pattern TRAILING_EMPHASIS = Pattern.compile("[*_]{2}\\s*$");
    private static final Pattern EMPHASIS = Pattern.compile("^[*_]{2}|[*_]{2}$");
    /** Words that open a section, chapter or article when they come first. */
    private static final List<String> OPENING_WORDS = List.of("раздел", "глава", "статья");

    public StructureLine {
        rest = rest == null ? "" : rest.trim();
    }

    /** True when the line opens a unit. */
    public boolean opensUnit() {
        return kind != null;
    }

    /** Classifies one cleaned line. */
    public static StructureLine of(String line) {
        String text = undecorate(line);
        if (!mayOpenUnit(text)) {
            return new StructureLine(null, "", text);
        }
        char first = Character.toLowerCase(Character.toUpperCase(text.charAt(0)));
        for (Rule rule : RULES) {
            if (rule.starts.indexOf(first) < 0) {
                continue;
            }
            Matcher m = rule.pattern.matcher(text);
            if (m.matches()) {
                String rest = stripEmphasis(m.group(m.groupCount()));
                if (rule.kind.ordinal() <= UnitKind.ARTICLE.ordinal() && startsLowerCase(rest)) {
                    break; // «Статья 12 настоящего Закона …» continues a sentence, it opens nothing
                }
                return new StructureLine(rule.kind, m.group(1), rest);
            }
        }
        return new StructureLine(null, "", text);
    }

    /**
     * A cheap look at the first letters that rules out most lines of text before the rules run:
     * every structure line starts with a number, a Roman numeral, one of the opening words, or a
     * single letter of a subpoint. Parsing a 10,000-article act spends most of its time here.
     */
    private static boolean mayOpenUnit(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (Character.isDigit(first) || "IVXLCІ".indexOf(Character.toUpperCase(first)) >= 0) {
            return true;
        }
        if (text.length() > 1 && (text.charAt(1) == ')' || text.charAt(1) == '-')) {
            return true;
        }
        for (String word : OPENING_WORDS) {
            if (text.regionMatches(true, 0, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The line without Markdown heading, quote and emphasis marks. */
    static String undecorate(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || !isDecorated(trimmed)) {
            return trimmed;
        }
        String heading = plainHeading(trimmed);
        if (heading != null) {
            return heading;
        }
        String text = DECORATION.matcher(trimmed).replaceFirst("");
        return TRAILING_EMPHASIS.matcher(text).replaceFirst("").trim();
    }

    /**
     * The text of a heading line with heading marks only («### Статья 1. …»), as the patterns
     * would leave it; null for any other decoration. Headings are the decorated lines of a draft.
     */
    private static String plainHeading(String trimmed) {
        int marks = 0;
        while (marks < trimmed.length() && trimmed.charAt(marks) == '#') {
            marks++;
        }
        int text = marks;
        while (text < trimmed.length() && isSpace(trimmed.charAt(text))) {
            text++;
        }
        if (marks == 0 || marks > 6 || text == marks || text == trimmed.length()) {
            return null;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        if ("#>*_-".indexOf(trimmed.charAt(text)) >= 0 || last == '*' || last == '_') {
            return null;
        }
        return trimmed.substring(text).trim();
    }

    /** The characters {@code \s} stands for in the patterns. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isDecorated(String trimmed) {
        return "#>*_-".indexOf(trimmed.charAt(0)) >= 0 || "*_".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
    }

    private static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    private static String stripEmphasis(String text) {
        if (text.isEmpty() || !isDecorated(text)) {
            return text.trim();
        }
        return EMPHASIS.matcher(text).replaceAll("").trim();
    }

    /**
     * One pattern and the characters a match may start with, folded to lower case as a
     * case-insensitive pattern folds them: a line starting otherwise is passed without a matcher.
     */
    private record Rule(UnitKind kind, Pattern pattern, String starts) {
        Rule(UnitKind kind, String regex, String starts) {
            this(kind, Pattern.compile(regex), starts);
        }
    }
}
