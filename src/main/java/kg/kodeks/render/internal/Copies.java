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
        BLOCKS, ROWS, RUNS
    }

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private Copies() {
    }

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
        StringBuilder all = new StringBuilder(one.length() * times + 200);
        all.append(open(level));
        for (int n = 0; n < times; n++) {
            all.append(one);
        }
        all.append(close(level));
        List<Object> content = content(all.toString(), level);
        int k = original.size();
        if (content.size() != k * times) {
            throw new IllegalStateException("copies of template content lost elements: " + content.size() + " != " + k * times);
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
            Object root = XmlUtils.unwrap(XmlUtils.unmarshalString(xml));
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
