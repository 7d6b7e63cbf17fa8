package kg.kodeks.render.redline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.kodeks.render.internal.Runs;
import kg.kodeks.render.markdown.MarkdownRenderer;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.Tbl;

/**
 * Builds the tracked-change body of a redline: both versions are rendered by the Markdown
 * renderer into the same package, their blocks aligned by text; unchanged blocks are kept as
 * the new version has them, a deleted block is marked deleted (text and paragraph mark), an
 * inserted one inserted, and a deleted paragraph followed by an inserted one is diffed word by
 * word. Tables that changed are shown as the old table deleted and the new one inserted.
 */
public final class RedlineBuilder {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final Pattern TOKENS = Pattern.compile("\\s+|[^\\s]+");

    private final String author;
    private final String date;
    private int nextId = 1;

    /**
     * @param author the author every change is credited to
     * @param date when the changes were made
     */
    public RedlineBuilder(String author, Instant date) {
        this.author = escape(author);
        this.date = date.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** The body blocks of the redline between Markdown {@code a} (old) and {@code b} (new). */
    public List<Object> build(WordprocessingMLPackage pkg, String a, String b) {
        MarkdownRenderer renderer = new MarkdownRenderer(pkg);
        List<Object> oldBlocks = renderer.render(a);
        List<Object> newBlocks = renderer.render(b);
        List<String> oldKeys = keys(oldBlocks);
        List<String> newKeys = keys(newBlocks);
        List<Diff.Step> steps = Diff.of(oldKeys, newKeys);
        List<Object> out = new ArrayList<>();
        List<Integer> deleted = new ArrayList<>();
        List<Integer> inserted = new ArrayList<>();
        for (Diff.Step step : steps) {
            switch (step.op()) {
                case DELETE -> deleted.add(step.a());
                case INSERT -> inserted.add(step.b());
                default -> {
                    hunk(oldBlocks, newBlocks, deleted, inserted, out);
                    out.add(newBlocks.get(step.b()));
                }
            }
        }
        hunk(oldBlocks, newBlocks, deleted, inserted, out);
        return out;
    }

    /**
     * One run of deletions and insertions between unchanged blocks: the k-th deleted paragraph
     * is paired with the k-th inserted one and diffed by words; what is left over is deleted or
     * inserted whole.
     */
    private void hunk(
            List<Object> oldBlocks,
            List<Object> newBlocks,
            List<Integer> deleted,
            List<Integer> inserted,
            List<Object> out) {
        int k = 0;
        for (; k < Math.min(deleted.size(), inserted.size()); k++) {
            Object o = oldBlocks.get(deleted.get(k));
            Object n = newBlocks.get(inserted.get(k));
            if (o instanceof P oldP && n instanceof P newP && style(oldP).equals(style(newP))) {
                out.add(changed(oldP, newP));
            } else {
                out.add(whole(o, false));
                out.add(whole(n, true));
            }
        }
        for (int d = k; d < deleted.size(); d++) {
            out.add(whole(oldBlocks.get(deleted.get(d)), false));
        }
        for (int i = k; i < inserted.size(); i++) {
            out.add(whole(newBlocks.get(inserted.get(i)), true));
        }
        deleted.clear();
        inserted.clear();
    }

    private static List<String> keys(List<Object> blocks) {
        List<String> keys = new ArrayList<>(blocks.size());
        for (Object o : blocks) {
            keys.add(
                    o instanceof P p
                            ? "p:" + style(p) + ":" + Runs.text(p)
                            : "t:" + XmlUtils.marshaltoString(o, true, false));
        }
        return keys;
    }

    /** A paragraph or table wholly inserted or deleted. */
    private Object whole(Object block, boolean inserted) {
        if (block instanceof P p) {
            return paragraph(
                    p,
                    List.of(new Piece(inserted ? Diff.Op.INSERT : Diff.Op.DELETE, Runs.text(p))),
                    inserted ? "ins" : "del");
        }
        Tbl t = (Tbl) XmlUtils.deepCopy(block);
        for (Object row : t.getContent()) {
            if (XmlUtils.unwrap(row) instanceof org.docx4j.wml.Tr tr) {
                for (Object c : tr.getContent()) {
                    if (XmlUtils.unwrap(c) instanceof org.docx4j.wml.Tc tc) {
                        List<Object> cell = new ArrayList<>();
                        for (Object para : tc.getContent()) {
                            cell.add(para instanceof P p ? whole(p, inserted) : para);
                        }
                        tc.getContent().clear();
                        tc.getContent().addAll(cell);
                    }
                }
            }
        }
        return t;
    }

    private record Piece(Diff.Op op, String text) {}

    /** A paragraph changed inside: its words diffed, the new version's style and numbering kept. */
    private Object changed(P oldP, P newP) {
        List<String> a = tokens(Runs.text(oldP));
        List<String> b = tokens(Runs.text(newP));
        List<Piece> pieces = new ArrayList<>();
        for (Diff.Step step : Diff.of(a, b)) {
            String text = step.op() == Diff.Op.DELETE ? a.get(step.a()) : b.get(step.b());
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && last.op() == step.op()) {
                pieces.set(pieces.size() - 1, new Piece(step.op(), last.text() + text));
            } else {
                pieces.add(new Piece(step.op(), text));
            }
        }
        return paragraph(newP, pieces, null);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKENS.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private Object paragraph(P like, List<Piece> pieces, String mark) {
        StringBuilder sb = new StringBuilder("<w:p ").append(W).append("><w:pPr>");
        PPr ppr = like.getPPr();
        if (ppr != null && ppr.getPStyle() != null) {
            sb.append("<w:pStyle w:val=\"")
                    .append(escape(ppr.getPStyle().getVal()))
                    .append("\"/>");
        }
        if (ppr != null && ppr.getNumPr() != null && ppr.getNumPr().getNumId() != null) {
            sb.append("<w:numPr><w:ilvl w:val=\"")
                    .append(
                            ppr.getNumPr().getIlvl() == null
                                    ? 0
                                    : ppr.getNumPr().getIlvl().getVal())
                    .append("\"/><w:numId w:val=\"")
                    .append(ppr.getNumPr().getNumId().getVal())
                    .append("\"/></w:numPr>");
        }
        if (mark != null) {
            sb.append("<w:rPr><w:").append(mark).append(change()).append("/></w:rPr>");
        }
        sb.append("</w:pPr>");
        String rPr = allBold(like) ? "<w:rPr><w:b/></w:rPr>" : "";
        for (Piece piece : pieces) {
            String text = escape(piece.text());
            switch (piece.op()) {
                case SAME ->
                    sb.append("<w:r>")
                            .append(rPr)
                            .append("<w:t xml:space=\"preserve\">")
                            .append(text)
                            .append("</w:t></w:r>");
                case INSERT ->
                    sb.append("<w:ins")
                            .append(change())
                            .append("><w:r>")
                            .append(rPr)
                            .append("<w:t xml:space=\"preserve\">")
                            .append(text)
                            .append("</w:t></w:r></w:ins>");
                case DELETE ->
                    sb.append("<w:del")
                            .append(change())
                            .append("><w:r>")
                            .append(rPr)
                            .append("<w:delText xml:space=\"preserve\">")
                            .append(text)
                            .append("</w:delText></w:r></w:del>");
                default -> throw new IllegalStateException();
            }
        }
        sb.append("</w:p>");
        try {
            return XmlUtils.unwrap(XmlUtils.unmarshalString(sb.toString()));
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    private String change() {
        return " w:id=\"" + (nextId++) + "\" w:author=\"" + author + "\" w:date=\"" + date + "\"";
    }

    private static boolean allBold(P p) {
        boolean any = false;
        for (Object o : p.getContent()) {
            if (XmlUtils.unwrap(o) instanceof org.docx4j.wml.R r) {
                if (r.getRPr() == null || r.getRPr().getB() == null) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static String style(P p) {
        return p.getPPr() == null || p.getPPr().getPStyle() == null
                ? ""
                : p.getPPr().getPStyle().getVal();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
