package kg.kodeks.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.kodeks.findings.Evidence;

/**
 * Text with some stretches marked, as plain segments. Templates print each segment escaped and
 * wrap the marked ones in their own {@code <mark>} tags, so no HTML from a service or a corpus
 * file ever reaches a page as markup.
 */
final class Marks {
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

    /** One stretch of text; {@code title} says what a marked stretch means (empty when nothing). */
    record Segment(String text, boolean marked, String title) {}

    private Marks() {}

    /**
     * Reads a search snippet: matches between {@code <b>} and {@code </b>}, every other character
     * escaped by the highlighter. Entities are turned back into characters so the template escapes
     * them once more, on its own terms.
     */
    static List<Segment> fromSnippet(String snippet) {
        List<Segment> out = new ArrayList<>();
        String rest = snippet == null ? "" : snippet;
        while (!rest.isEmpty()) {
            int open = rest.indexOf("<b>");
            int close = open < 0 ? -1 : rest.indexOf("</b>", open + 3);
            if (open < 0 || close < 0) {
                add(out, unescape(rest.replace("<b>", "").replace("</b>", "")), false, "");
                break;
            }
            add(out, unescape(rest.substring(0, open)), false, "");
            add(out, unescape(rest.substring(open + 3, close)), true, "");
            rest = rest.substring(close + 4);
        }
        return out;
    }

    /** A unit's text with the evidence that belongs to it marked; overlapping pieces are merged. */
    static List<Segment> fromEvidence(String text, List<Evidence> evidence, int unit) {
        List<Evidence> own = evidence.stream()
                .filter(e -> e.unit() == unit)
                .sorted(Comparator.comparingInt(Evidence::start))
                .toList();
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Evidence e : own) {
            int start = Math.max(at, Math.min(e.start(), text.length()));
            int end = Math.min(e.end(), text.length());
            if (end <= start) {
                continue;
            }
            add(out, text.substring(at, start), false, "");
            add(out, text.substring(start, end), true, e.value());
            at = end;
        }
        add(out, text.substring(at), false, "");
        return out;
    }

    private static void add(List<Segment> out, String text, boolean marked, String title) {
        if (!text.isEmpty()) {
            out.add(new Segment(text, marked, title));
        }
    }

    static String unescape(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> codePoint(name);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String entity) {
        try {
            int cp = entity.startsWith("#x")
                    ? Integer.parseInt(entity.substring(2), 16)
                    : Integer.parseInt(entity.substring(1));
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\uFFFD";
        } catch (NumberFormatException e) {
            return "\uFFFD";
        }
    }
}
