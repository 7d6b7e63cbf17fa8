package kg.kodeks.render.internal;

import jakarta.xml.bind.JAXBException;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.wml.Body;
import org.docx4j.wml.Document;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;

/**
 * Copies of the template content a loop repeats. docx4j copies an object by marshalling and
 * unmarshalling it, which costs the same fixed overhead per call; for many items the content is
 * marshalled once and all copies are unmarshalled from one document, which is many times faster
 * (a 5,000-row table).
 */
final class Copies {
    /** What the content is: block content, table rows, or runs of a paragraph. */
    enum Level {
        BLOCKS,
        ROWS,
        RUNS
    }

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static final java.util.regex.Pattern NAMESPACE =
            java.util.regex.Pattern.compile("\\s+xmlns:(\\w+)=\"([^\"]*)\"");

    private Copies() {}

    static List<List<Object>> of(List<Object> original, int times, Level level) {
        List<List<Object>> result = new ArrayList<>(times);
        if (times <= 2 || original.isEmpty()) {
            for (int n = 0; n < times; n++) {
                List<Object> copy = new ArrayList<>(original.size());
                for (Object o : original) {
                    copy.add(XmlUtils.deepCopy(o));
                }
                result.add(copy);
            }
            return result;
        }
        StringBuilder one = new StringBuilder();
        for (Object o : original) {
            one.append(XmlUtils.marshaltoString(o, true, false));
        }
        // Each marshalled fragment declares every namespace docx4j knows (about 2 KB); declared
        // once on the wrapper instead, the copies parse several times faster.
        java.util.Map<String, String> declarations = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = NAMESPACE.matcher(one);
        while (m.find()) {
            declarations.putIfAbsent(m.group(1), m.group(2));
        }
        String fragment = NAMESPACE.matcher(one).replaceAll("");
        StringBuilder ns = new StringBuilder();
        declarations.forEach((prefix, uri) ->
                ns.append(" xmlns:").append(prefix).append("=\"").append(uri).append('"'));
        declarations.putIfAbsent("w", "");
        StringBuilder all = new StringBuilder(fragment.length() * times + ns.length() + 200);
        all.append(open(level).replace(" " + W, ns.indexOf("xmlns:w=") >= 0 ? ns.toString() : ns + " " + W));
        for (int n = 0; n < times; n++) {
            all.append(fragment);
        }
        all.append(close(level));
        List<Object> content = content(all.toString(), level);
        int k = original.size();
        if (content.size() != k * times) {
            throw new IllegalStateException(
                    "copies of template content lost elements: " + content.size() + " != " + k * times);
        }
        for (int n = 0; n < times; n++) {
            result.add(new ArrayList<>(content.subList(n * k, (n + 1) * k)));
        }
        return result;
    }

    private static String open(Level level) {
        return switch (level) {
            case BLOCKS -> "<w:document " + W + "><w:body>";
            case ROWS -> "<w:tbl " + W + ">";
            case RUNS -> "<w:p " + W + ">";
        };
    }

    private static String close(Level level) {
        return switch (level) {
            case BLOCKS -> "</w:body></w:document>";
            case ROWS -> "</w:tbl>";
            case RUNS -> "</w:p>";
        };
    }

    private static List<Object> content(String xml, Level level) {
        try {
            // Straight from a stream: docx4j's unmarshalString parses to a DOM first, twice the work.
            // The text was marshalled by us a moment ago, so no external input reaches the parser.
            Object root = XmlUtils.unwrap(org.docx4j.jaxb.Context.jc
                    .createUnmarshaller()
                    .unmarshal(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml))));
            return switch (level) {
                case BLOCKS -> {
                    Body body = ((Document) root).getBody();
                    yield body.getContent();
                }
                case ROWS -> ((Tbl) root).getContent();
                case RUNS -> ((P) root).getContent();
            };
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot copy template content", e);
        }
    }
}
