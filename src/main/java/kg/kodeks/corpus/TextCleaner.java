package kg.kodeks.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the noise that official exports carry around the text: non-breaking and odd spaces,
 * soft hyphens, zero-width marks, control characters, page headers and bare page numbers.
 * Lines keep their numbers so problems still point at the right place.
 */
public final class TextCleaner {
    private static final Pattern PAGE_HEADER = Pattern.compile(
            "(?iu)^(?:страница|стр\\.|бет|page)\\s*\\d+(?:\\s*(?:из|/|of)\\s*\\d+)?\\.?$|^[-–—]?\\s*\\d{1,4}\\s*[-–—]?$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");

    private TextCleaner() {
    }

    /** Cleans one line: unifies spaces, drops invisible characters, trims. */
    public static String cleanLine(String line) {
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
}
