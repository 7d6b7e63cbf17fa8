package kg.kodeks.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes the noise that official exports carry around the text: non-breaking and odd spaces,
 * soft hyphens, zero-width marks, control characters, page headers and bare page numbers.
 * Lines keep their numbers so problems still point at the right place.
 */
public final class TextCleaner {
    private static final Pattern PAGE_HEADER = Pattern.compile(
            "(?iu)^(?:страница|стр\\.|бет|page)\\s*\\d+(?:\\s*(?:из|/|of)\\s*\\d+)?\\.?$|^[-–—]?\\s*\\d{1,4}\\s*[-–—]?$");
    /** A short line seen this often is a running header or footer of the pages it was printed on. */
    static final int RUNNING_HEADER_REPEATS = 3;

    private static final int RUNNING_HEADER_MAX_LENGTH = 120;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");

    private TextCleaner() {}

    /** Cleans one line: unifies spaces, drops invisible characters, trims. */
    public static String cleanLine(String line) {
        if (isClean(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060') {
                continue;
            }
            if (Character.isISOControl(c) && c != '\t') {
                continue;
            }
            out.append(c);
        }
        return SPACES.matcher(out).replaceAll(" ").trim();
    }

    /**
     * True when cleaning would not change the line: no invisible or control character, no space
     * but single ASCII spaces between other characters. Most lines of a file are like that, and
     * looking at them once is far cheaper than the replacement below.
     */
    private static boolean isClean(String line) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || line.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c < ' ' || c >= '\u007F' && mayNeedCleaning(c)) {
                return false;
            }
        }
        return true;
    }

    /** Characters beyond ASCII that the cleaning drops or turns into a space. */
    private static boolean mayNeedCleaning(char c) {
        return c <= '\u00A0'
                || c == '\u00AD'
                || c >= '\u2000' && c <= '\u200D'
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u202F'
                || c == '\u2060'
                || c == '\u3000'
                || c == '\uFEFF'
                || c == '\u1680'
                || c == '\u205F'
                || c == '\u0085';
    }

    /** True for a line that is only a page header or a page number. */
    public static boolean isPageNoise(String cleanedLine) {
        return PAGE_HEADER.matcher(cleanedLine).matches();
    }

    /** Splits text into cleaned lines, dropping page noise but keeping line numbers. */
    public static List<SourceLine> lines(String text, int firstLineNumber) {
        String[] raw = text.split("\\r\\n|\\r|\\n", -1);
        List<SourceLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String cleaned = cleanLine(raw[i]);
            lines.add(new SourceLine(firstLineNumber + i, isPageNoise(cleaned) ? "" : cleaned));
        }
        return lines;
    }

    /**
     * Blanks running headers and footers of exported pages: a short line that repeats at least
     * {@value #RUNNING_HEADER_REPEATS} times and is no structure line, no repeal and no note.
     * Occurrences before the first structure line stay, because the act's own title is often
     * repeated as a header. Used on imports only: a corpus file has no pages.
     */
    public static List<SourceLine> dropRunningHeaders(List<SourceLine> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (SourceLine line : lines) {
            if (isHeaderCandidate(line.text())) {
                counts.merge(line.text(), 1, Integer::sum);
            }
        }
        List<SourceLine> out = new ArrayList<>(lines.size());
        boolean inBody = false;
        for (SourceLine line : lines) {
            inBody = inBody || StructureLine.of(line.text()).opensUnit();
            boolean repeated = counts.getOrDefault(line.text(), 0) >= RUNNING_HEADER_REPEATS;
            out.add(repeated && inBody ? new SourceLine(line.number(), "") : line);
        }
        return out;
    }

    private static boolean isHeaderCandidate(String text) {
        return !text.isEmpty()
                && text.length() <= RUNNING_HEADER_MAX_LENGTH
                && !text.startsWith("(")
                && !StructureLine.of(text).opensUnit()
                && !EditorialNotes.saysRepealed(text);
    }
}
