package kg.kodeks.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Findings written for machines (JSON) and for people (CSV for spreadsheets, a self-contained
 * HTML page with the evidence highlighted). Every piece of text is escaped for its format.
 */
public final class FindingsReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The JSON document: {@code {"findings":[…]}}. */
    public record Document(List<Finding> findings) {}

    private FindingsReport() {}

    public static String json(List<Finding> findings) {
        try {
            return JSON.writeValueAsString(new Document(findings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings are plain records and always serialise", e);
        }
    }

    /** The number of findings of each type, every type present. */
    public static Map<FindingType, Integer> counts(List<Finding> findings) {
        Map<FindingType, Integer> out = new EnumMap<>(FindingType.class);
        for (FindingType t : FindingType.values()) {
            out.put(t, 0);
        }
        findings.forEach(f -> out.merge(f.findingType(), 1, Integer::sum));
        return out;
    }

    /** One row per finding; a cell that a spreadsheet would run as a formula is quoted as text. */
    public static String csv(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        out.append("id,type,subtype,severity,decision,units,citations,evidence,explanation_rus,explanation_kir\r\n");
        for (Finding f : findings) {
            List<String> cells = List.of(
                    f.id(),
                    f.type(),
                    f.subtype(),
                    f.severity(),
                    f.decision() == null ? "" : f.decision().status(),
                    String.join(
                            " ", f.units().stream().map(FindingUnit::address).toList()),
                    String.join(
                            " | ", f.units().stream().map(FindingUnit::citation).toList()),
                    String.join(
                            " | ",
                            f.evidence().stream().map(Evidence::text).distinct().toList()),
                    f.explanation().rus(),
                    f.explanation().kir());
            out.append(String.join(
                            ",", cells.stream().map(FindingsReport::csvCell).toList()))
                    .append("\r\n");
        }
        return out.toString();
    }

    static String csvCell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** A page that needs nothing else: styles inline, no scripts, all text escaped. */
    public static String html(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\">")
                .append("<title>Kodeks — находки / табылгалар</title><style>")
                .append("body{font-family:sans-serif;max-width:70em;margin:2em auto;color:#222}")
                .append("section{border:1px solid #ccc;border-radius:6px;padding:1em;margin:1em 0}")
                .append("h2{font-size:1.05em;margin:0 0 .5em}.high{border-left:6px solid #c0392b}")
                .append(".medium{border-left:6px solid #e67e22}.low{border-left:6px solid #7f8c8d}")
                .append("mark{background:#ffe066}blockquote{margin:.5em 0;padding:.5em;background:#f7f7f7}")
                .append(".meta{color:#666;font-size:.9em}.decision{color:#1e6b30}</style></head><body>\n");
        out.append("<h1>Находки / Табылгалар</h1>\n<p>");
        counts(findings)
                .forEach((type, n) ->
                        out.append(escape(type.code())).append(": ").append(n).append(" &nbsp; "));
        out.append("</p>\n");
        for (Finding f : findings) {
            section(f, out);
        }
        out.append("</body></html>\n");
        return out.toString();
    }

    private static void section(Finding f, StringBuilder out) {
        out.append("<section class=\"")
                .append(escape(f.severity()))
                .append("\" id=\"f-")
                .append(escape(f.id()))
                .append("\">\n<h2>")
                .append(escape(f.type()))
                .append(" / ")
                .append(escape(f.subtype()))
                .append(" <span class=\"meta\">")
                .append(escape(f.severity()))
                .append(" · ")
                .append(escape(f.id()))
                .append("</span></h2>\n<p>")
                .append(escape(f.explanation().rus()))
                .append("<br>")
                .append(escape(f.explanation().kir()))
                .append("</p>\n");
        for (int u = 0; u < f.units().size(); u++) {
            FindingUnit unit = f.units().get(u);
            int index = u;
            List<Evidence> marks =
                    f.evidence().stream().filter(e -> e.unit() == index).toList();
            out.append("<p class=\"meta\">")
                    .append(escape(unit.citation()))
                    .append(" — ")
                    .append(escape(unit.address()))
                    .append("</p>\n<blockquote>")
                    .append(highlight(unit.text(), marks))
                    .append("</blockquote>\n");
        }
        if (f.decision() != null) {
            Decision d = f.decision();
            out.append("<p class=\"decision\">")
                    .append(escape(d.status()))
                    .append(d.stale() ? " (stale)" : "")
                    .append(": ")
                    .append(escape(d.reason()))
                    .append(" — ")
                    .append(escape(d.by()))
                    .append(", ")
                    .append(escape(d.at()))
                    .append("</p>\n");
        }
        out.append("</section>\n");
    }

    /** The text with each piece of evidence in {@code <mark>}; overlapping pieces are merged. */
    static String highlight(String text, List<Evidence> evidence) {
        List<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(Comparator.comparingInt(Evidence::start));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Evidence e : sorted) {
            int start = Math.max(at, Math.min(e.start(), text.length()));
            int end = Math.min(e.end(), text.length());
            if (end <= start) {
                continue;
            }
            out.append(escape(text.substring(at, start)))
                    .append("<mark title=\"")
                    .append(escape(e.value()))
                    .append("\">")
                    .append(escape(text.substring(start, end)))
                    .append("</mark>");
            at = end;
        }
        out.append(escape(text.substring(at)));
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
