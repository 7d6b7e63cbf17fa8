package kg.kodeks.drafts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells which lines of a draft are text (paragraphs, list items, headings) by looking at each
 * line alone, for the plain Markdown drafts are written in. Building flexmark's tree of a long
 * draft costs far more than the rest of reading it, and in plain Markdown only HTML comments are
 * not text.
 *
 * <p>Whatever could open another construct, or place a line differently depending on what came
 * before, is not decided here: fenced and indented code, HTML other than a comment, block quotes,
 * thematic breaks and setext underlines, link definitions, empty list items, tabs, a comment with
 * text beside it or one that spans lines where a paragraph may still be open. On such a line the
 * answer is "don't know", and the reader asks flexmark for the whole file, so the result is
 * always the one flexmark gives.
 */
final class PlainMarkdown {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");

    private PlainMarkdown() {}

    /**
     * For each line of the file (0-based), whether it is text; null when a line needs the full
     * parse.
     *
     * @param raw the lines of the file
     * @param bodyStart the 1-based line where the body starts, after the front matter
     */
    static boolean[] textLines(List<String> raw, int bodyStart) {
        if (!plainFrontMatter(raw, bodyStart)) {
            return null;
        }
        boolean[] text = new boolean[raw.size() + 1];
        boolean inComment = false;
        // After the closing "---" nothing is open: no paragraph, list or quote continues past it.
        boolean fresh = true;
        for (int i = bodyStart - 1; i < raw.size(); i++) {
            String line = raw.get(i);
            if (line.indexOf('\t') >= 0) {
                return null;
            }
            if (inComment) {
                int end = line.indexOf("-->");
                if (end >= 0) {
                    if (!line.substring(end + 3).isBlank()) {
                        return null;
                    }
                    inComment = false;
                    fresh = true;
                }
                continue;
            }
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (indent == line.length()) {
                fresh = true;
                continue;
            }
            if (indent >= 4) {
                return null;
            }
            String rest = line.substring(indent);
            if (rest.startsWith("<!--")) {
                if (rest.indexOf("-->", 4) >= 0) {
                    if (!COMMENT.matcher(rest).replaceAll(" ").isBlank()) {
                        return null;
                    }
                } else if (indent > 0 || !fresh || rest.contains("-->")) {
                    // A comment block may only be told from inline HTML in an open paragraph or
                    // a list item by the full parse.
                    return null;
                } else {
                    inComment = true;
                }
                fresh = false;
                continue;
            }
            if (!plain(rest)) {
                return null;
            }
            text[i] = true;
            // A heading at the margin closes every paragraph and list before it.
            fresh = indent == 0 && isHeading(rest);
        }
        return inComment ? null : text;
    }

    /**
     * The front matter starts on the first line and ends on a line that is exactly {@code ---},
     * with no line in between that could open code or HTML: then nothing is open when the body
     * starts, whether or not flexmark takes the block for front matter.
     */
    private static boolean plainFrontMatter(List<String> raw, int bodyStart) {
        if (bodyStart < 3 || bodyStart - 1 > raw.size()) {
            return false;
        }
        if (!raw.get(0).equals("---") || !raw.get(bodyStart - 2).equals("---")) {
            return false;
        }
        for (int i = 1; i < bodyStart - 2; i++) {
            String line = raw.get(i).stripLeading();
            if (line.startsWith("`") || line.startsWith("~") || line.startsWith("<") || line.equals("...")) {
                return false;
            }
        }
        return true;
    }

    /** True for a line (without its indent) that is surely a paragraph, a heading or a list item with text. */
    private static boolean plain(String rest) {
        char c = rest.charAt(0);
        if (c == '`' || c == '~' || c == '<' || c == '>' || c == '[') {
            return false;
        }
        if ((c == '-' || c == '*' || c == '_' || c == '=') && onlyMarks(rest, c)) {
            return false;
        }
        int marker = listMarkerEnd(rest);
        if (marker < 0 || marker < rest.length() && rest.charAt(marker) != ' ') {
            return true;
        }
        int content = marker;
        while (content < rest.length() && rest.charAt(content) == ' ') {
            content++;
        }
        // An empty item, or one whose content is indented code, is not text.
        if (content == rest.length() || content - marker >= 5) {
            return false;
        }
        return plain(rest.substring(content));
    }

    /** True for an ATX heading: one to six {@code #}, then a space or the end of the line. */
    private static boolean isHeading(String rest) {
        int marks = 0;
        while (marks < rest.length() && rest.charAt(marks) == '#') {
            marks++;
        }
        return marks >= 1 && marks <= 6 && (marks == rest.length() || rest.charAt(marks) == ' ');
    }

    /** True for a thematic break or a setext underline: the mark and spaces only. */
    private static boolean onlyMarks(String rest, char mark) {
        for (int i = 0; i < rest.length(); i++) {
            if (rest.charAt(i) != mark && rest.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Where a list marker ({@code -}, {@code +}, {@code *}, {@code 12.}, {@code 3)}) ends, or -1. */
    private static int listMarkerEnd(String rest) {
        char c = rest.charAt(0);
        if (c == '-' || c == '+' || c == '*') {
            return 1;
        }
        int i = 0;
        while (i < rest.length() && i < 10 && rest.charAt(i) >= '0' && rest.charAt(i) <= '9') {
            i++;
        }
        if (i == 0 || i > 9 || i >= rest.length()) {
            return -1;
        }
        return rest.charAt(i) == '.' || rest.charAt(i) == ')' ? i + 1 : -1;
    }
}
