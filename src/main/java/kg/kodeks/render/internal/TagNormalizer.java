package kg.kodeks.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.docx4j.XmlUtils;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;

/**
 * Makes every tag of a paragraph stand whole in a run of its own. Word and LibreOffice split
 * typed text across runs for spell-check marks, bookmarks, revision ids or a change of
 * formatting; here the characters of a tag are gathered into the run where the tag begins
 * (elements between runs, such as bookmarks and proofing marks, are left where they are) and
 * the run is then cut at the tag's edges.
 */
public final class TagNormalizer {
    /** Something wrong with the tags of a paragraph. */
    public record Issue(String key, String tag, String paragraph) {}

    private record Piece(int index, Text text, R run) {}

    private TagNormalizer() {}

    /** Normalises the paragraph in place and returns what was wrong with its tags. */
    public static List<Issue> normalize(P p) {
        List<Issue> issues = new ArrayList<>();
        if (!Runs.text(p).contains("{")) {
            return issues;
        }
        Runs.splitToSinglePieces(p);
        List<Piece> pieces = pieces(p);
        StringBuilder all = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            String v = pieces.get(k).text().getValue();
            all.append(v);
            for (int c = 0; c < v.length(); c++) {
                owner.add(k);
            }
        }
        String text = all.toString();
        gather(text, owner, pieces, issues);
        checkMalformed(text, issues);
        for (int k = 0; k < pieces.size(); k++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < text.length(); c++) {
                if (owner.get(c) == k) {
                    sb.append(text.charAt(c));
                }
            }
            pieces.get(k).text().setValue(sb.toString());
            pieces.get(k).text().setSpace("preserve");
        }
        isolate(p);
        return issues;
    }

    private static List<Piece> pieces(P p) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < p.getContent().size(); i++) {
            Text t = Runs.singleText(p.getContent().get(i));
            if (t != null) {
                pieces.add(new Piece(i, t, (R) XmlUtils.unwrap(p.getContent().get(i))));
            }
        }
        return pieces;
    }

    /** Gives every character of a tag to the piece that holds the tag's first character. */
    private static void gather(String text, List<Integer> owner, List<Piece> pieces, List<Issue> issues) {
        Matcher m = Tag.PATTERN.matcher(text);
        while (m.find()) {
            int first = owner.get(m.start());
            String look = Runs.formatting(pieces.get(first).run());
            boolean broken = false;
            for (int c = m.start(); c < m.end(); c++) {
                int k = owner.get(c);
                if (!Character.isWhitespace(text.charAt(c))
                        && !Runs.formatting(pieces.get(k).run()).equals(look)) {
                    broken = true;
                }
                owner.set(c, first);
            }
            if (broken) {
                issues.add(new Issue("template.brokenByFormatting", m.group(), text));
            }
        }
    }

    private static void checkMalformed(String text, List<Issue> issues) {
        String rest = Tag.PATTERN.matcher(text).replaceAll("");
        int open = rest.indexOf("{{");
        int close = rest.indexOf("}}");
        if (open >= 0 || close >= 0) {
            int at = open >= 0 ? open : close;
            String bad = rest.substring(at, Math.min(rest.length(), at + 30));
            issues.add(new Issue("template.malformedTag", bad, text));
        }
    }

    /** Cuts runs so that each tag is a run of its own and drops runs left empty. */
    private static void isolate(P p) {
        List<Object> out = new ArrayList<>(p.getContent().size());
        for (Object o : p.getContent()) {
            Text t = Runs.singleText(o);
            if (t == null) {
                out.add(o);
                continue;
            }
            String v = t.getValue();
            if (v.isEmpty()) {
                continue;
            }
            R r = (R) XmlUtils.unwrap(o);
            Matcher m = Tag.PATTERN.matcher(v);
            if (!m.find() || (m.start() == 0 && m.end() == v.length())) {
                out.add(o);
                continue;
            }
            int from = 0;
            m.reset();
            while (m.find()) {
                if (m.start() > from) {
                    out.add(Runs.run(r.getRPr(), v.substring(from, m.start())));
                }
                out.add(Runs.run(r.getRPr(), m.group()));
                from = m.end();
            }
            if (from < v.length()) {
                out.add(Runs.run(r.getRPr(), v.substring(from)));
            }
        }
        p.getContent().clear();
        p.getContent().addAll(out);
    }
}
