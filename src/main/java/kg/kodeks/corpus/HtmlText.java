package kg.kodeks.corpus;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small tokenizer that takes the readable text out of an HTML page: tags are dropped, the
 * content of scripts, styles and the head is skipped, comments and declarations are skipped,
 * entities are decoded, block elements and {@code <br>} end a line, and runs of white space
 * collapse as a browser would show them (except in {@code <pre>}). It does not build a tree:
 * an export page is read from top to bottom.
 */
final class HtmlText {
    private static final Set<String> SKIPPED =
            Set.of("script", "style", "head", "title", "noscript", "template", "svg", "object", "iframe");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "tr",
            "table",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "section",
            "article",
            "header",
            "footer",
            "blockquote",
            "pre",
            "dd",
            "dt",
            "dl",
            "hr",
            "body",
            "html",
            "center",
            "form",
            "nav",
            "main",
            "aside",
            "tbody",
            "thead",
            "caption");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", "\u00A0"),
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("laquo", "«"),
            Map.entry("raquo", "»"),
            Map.entry("mdash", "—"),
            Map.entry("ndash", "–"),
            Map.entry("hellip", "…"),
            Map.entry("shy", "\u00AD"),
            Map.entry("copy", "©"),
            Map.entry("sect", "§"),
            Map.entry("bdquo", "„"),
            Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"),
            Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"),
            Map.entry("numero", "№"),
            Map.entry("bull", "•"),
            Map.entry("middot", "·"),
            Map.entry("thinsp", "\u2009"),
            Map.entry("ensp", "\u2002"),
            Map.entry("emsp", "\u2003"),
            Map.entry("minus", "−"),
            Map.entry("deg", "°"),
            Map.entry("times", "×"));

    private final String html;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    private int preDepth;

    private HtmlText(String html) {
        this.html = html;
    }

    /** The page's text, one line per block. */
    static String extract(String html) {
        HtmlText text = new HtmlText(html.startsWith("\uFEFF") ? html.substring(1) : html);
        text.run();
        return text.out.toString();
    }

    private void run() {
        while (pos < html.length()) {
            char c = html.charAt(pos);
            if (c == '<') {
                tag();
            } else {
                int next = html.indexOf('<', pos);
                int end = next < 0 ? html.length() : next;
                text(decodeEntities(html.substring(pos, end)));
                pos = end;
            }
        }
    }

    private void text(String text) {
        if (preDepth > 0) {
            out.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private void tag() {
        if (html.startsWith("<!--", pos)) {
            int end = html.indexOf("-->", pos + 4);
            pos = end < 0 ? html.length() : end + 3;
            return;
        }
        int end = tagEnd(pos + 1);
        String inside = html.substring(pos + 1, Math.max(pos + 1, end));
        pos = end < html.length() ? end + 1 : end;
        if (inside.startsWith("!") || inside.startsWith("?")) {
            return;
        }
        boolean closing = inside.startsWith("/");
        String name = tagName(closing ? inside.substring(1) : inside);
        if (name.isEmpty()) {
            text("<" + inside + (end < html.length() ? ">" : ""));
            return;
        }
        if (!closing && SKIPPED.contains(name) && !inside.endsWith("/")) {
            skipUntilClosing(name);
            return;
        }
        if (name.equals("pre")) {
            preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
        }
        if (BLOCKS.contains(name)) {
            lineBreak();
        } else if (name.equals("td") || name.equals("th")) {
            text(" ");
        }
    }

    /** The end of a tag, skipping '>' inside quoted attribute values. */
    private int tagEnd(int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return html.length();
    }

    private static String tagName(String inside) {
        int end = 0;
        while (end < inside.length() && (Character.isLetterOrDigit(inside.charAt(end)) || inside.charAt(end) == ':')) {
            end++;
        }
        String name = inside.substring(0, end).toLowerCase(Locale.ROOT);
        return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "" : name;
    }

    private void skipUntilClosing(String name) {
        String lower = html.toLowerCase(Locale.ROOT);
        int end = lower.indexOf("</" + name, pos);
        if (end < 0) {
            pos = html.length();
            return;
        }
        pos = end;
        int close = tagEnd(pos + 1);
        pos = close < html.length() ? close + 1 : close;
        if (name.equals("head") || name.equals("title")) {
            lineBreak();
        }
    }

    private void lineBreak() {
        int n = out.length();
        while (n > 0 && out.charAt(n - 1) == ' ') {
            n--;
        }
        out.setLength(n);
        if (n > 0) {
            out.append('\n');
        }
    }

    /** Decodes named, decimal and hexadecimal character references; unknown ones stay as written. */
    static String decodeEntities(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (amp >= 0) {
            out.append(text, i, amp);
            int semi = text.indexOf(';', amp);
            String decoded = semi > amp && semi - amp <= 10 ? entity(text.substring(amp + 1, semi)) : null;
            if (decoded == null) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(decoded);
                i = semi + 1;
            }
            amp = text.indexOf('&', i);
        }
        out.append(text, i, text.length());
        return out.toString();
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return codePoint(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return codePoint(Integer.parseInt(name.substring(1)));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        String exact = ENTITIES.get(name);
        return exact != null ? exact : ENTITIES.get(name.toLowerCase(Locale.ROOT));
    }

    private static String codePoint(int cp) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
    }
}
