package kg.kodeks.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.docx4j.XmlUtils;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/**
 * Fills normalised template content with data: fields are replaced by their text, sections are
 * repeated (or kept once, or dropped) at three levels — runs inside a paragraph, paragraphs of a
 * container, rows of a table — and block tags are replaced by rendered Markdown. The template
 * has been checked before, so a structural fault here is a bug, not a user error.
 */
public final class TemplateFiller {
    /** Renders the value of a block tag ({@code {{>body}}}) into paragraphs and tables. */
    public interface BlockRenderer {
        List<Object> render(Tag tag, Object value, P where);
    }

    private final Function<Object, String> format;
    private final BlockRenderer blocks;

    /**
     * @param format turns a field's value into text (dates per language, numbers, lists)
     * @param blocks renders block tags
     */
    public TemplateFiller(Function<Object, String> format, BlockRenderer blocks) {
        this.format = format;
        this.blocks = blocks;
    }

    /** Fills a list of block content (a body, a cell, a header) in place. */
    public void fillBlocks(List<Object> content, Scope scope) {
        List<Object> out = new ArrayList<>(content.size());
        int i = 0;
        while (i < content.size()) {
            Object o = content.get(i);
            Object u = XmlUtils.unwrap(o);
            if (u instanceof P p) {
                Tag marker = Blocks.marker(p);
                if (marker != null && marker.opens()) {
                    int j = blockClose(content, i, marker);
                    List<?> items = Scope.items(scope.lookup(marker.name()), marker.kind() == Tag.Kind.INVERTED);
                    List<List<Object>> all = Copies.of(content.subList(i + 1, j), items.size(), Copies.Level.BLOCKS);
                    for (int n = 0; n < items.size(); n++) {
                        List<Object> copy = all.get(n);
                        fillBlocks(copy, marker.kind() == Tag.Kind.INVERTED ? scope : scope.child(items.get(n), n));
                        out.addAll(copy);
                    }
                    i = j + 1;
                    continue;
                }
                if (marker != null && marker.kind() == Tag.Kind.BLOCK) {
                    out.addAll(blocks.render(marker, scope.lookup(marker.name()), p));
                    i++;
                    continue;
                }
                fillInline(p.getContent(), scope);
            } else if (u instanceof Tbl t) {
                fillRows(t.getContent(), scope);
            } else if (u instanceof SdtBlock sdt && sdt.getSdtContent() != null) {
                fillBlocks(sdt.getSdtContent().getContent(), scope);
            }
            out.add(o);
            i++;
        }
        content.clear();
        content.addAll(out);
    }

    private static int blockClose(List<Object> content, int open, Tag tag) {
        int depth = 0;
        for (int k = open + 1; k < content.size(); k++) {
            if (XmlUtils.unwrap(content.get(k)) instanceof P p) {
                Tag m = Blocks.marker(p);
                if (m != null && m.name().equals(tag.name())) {
                    if (m.opens()) {
                        depth++;
                    } else if (m.closes() && depth-- == 0) {
                        return k;
                    }
                }
            }
        }
        throw new IllegalStateException("unclosed section " + tag + " passed the template check");
    }

    /** Fills the runs of a paragraph (or of a hyperlink inside it) in place. */
    void fillInline(List<Object> content, Scope scope) {
        List<Object> out = new ArrayList<>(content.size());
        int i = 0;
        while (i < content.size()) {
            Object o = content.get(i);
            Tag t = Runs.tagOf(o);
            if (t == null) {
                if (XmlUtils.unwrap(o) instanceof P.Hyperlink h) {
                    fillInline(h.getContent(), scope);
                }
                out.add(o);
                i++;
                continue;
            }
            if (t.opens()) {
                int j = inlineClose(content, i, t);
                List<?> items = Scope.items(scope.lookup(t.name()), t.kind() == Tag.Kind.INVERTED);
                List<List<Object>> all = Copies.of(content.subList(i + 1, j), items.size(), Copies.Level.RUNS);
                for (int n = 0; n < items.size(); n++) {
                    List<Object> copy = all.get(n);
                    fillInline(copy, t.kind() == Tag.Kind.INVERTED ? scope : scope.child(items.get(n), n));
                    out.addAll(copy);
                }
                i = j + 1;
                continue;
            }
            if (t.kind() == Tag.Kind.FIELD || t.kind() == Tag.Kind.BLOCK) {
                setText((R) XmlUtils.unwrap(o), format.apply(scope.lookup(t.name())));
                out.add(o);
            }
            i++;
        }
        content.clear();
        content.addAll(out);
    }

    private static int inlineClose(List<Object> content, int open, Tag tag) {
        int depth = 0;
        for (int k = open + 1; k < content.size(); k++) {
            Tag m = Runs.tagOf(content.get(k));
            if (m != null && m.name().equals(tag.name())) {
                if (m.opens()) {
                    depth++;
                } else if (m.closes() && depth-- == 0) {
                    return k;
                }
            }
        }
        throw new IllegalStateException("unclosed section " + tag + " passed the template check");
    }

    /** Puts text into a run, lines separated by breaks. */
    static void setText(R r, String value) {
        r.getContent().clear();
        String[] lines = value.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            if (k > 0) {
                r.getContent().add(Runs.WML.createBr());
            }
            r.getContent().add(Runs.WML.createRT(Runs.textOf(lines[k])));
        }
    }

    /** Fills the rows of a table in place, repeating the rows between row-level section tags. */
    void fillRows(List<Object> rows, Scope scope) {
        List<Object> out = new ArrayList<>(rows.size());
        int i = 0;
        while (i < rows.size()) {
            Object o = rows.get(i);
            if (!(XmlUtils.unwrap(o) instanceof Tr tr)) {
                out.add(o);
                i++;
                continue;
            }
            List<Blocks.TagRef> level = Blocks.rowLevel(tr);
            Blocks.TagRef open =
                    level.stream().filter(r -> r.tag().opens()).findFirst().orElse(null);
            if (open == null) {
                for (Tc tc : Blocks.cells(tr)) {
                    fillBlocks(tc.getContent(), scope);
                }
                out.add(o);
                i++;
                continue;
            }
            int j = rowClose(rows, i, open);
            List<?> items =
                    Scope.items(scope.lookup(open.tag().name()), open.tag().kind() == Tag.Kind.INVERTED);
            List<List<Object>> all = Copies.of(rows.subList(i, j + 1), items.size(), Copies.Level.ROWS);
            for (int n = 0; n < items.size(); n++) {
                List<Object> copy = all.get(n);
                fillRows(copy, open.tag().kind() == Tag.Kind.INVERTED ? scope : scope.child(items.get(n), n));
                out.addAll(copy);
            }
            i = j + 1;
        }
        rows.clear();
        rows.addAll(out);
    }

    /** Finds the row that closes {@code open}, removing both tags from the template rows. */
    private static int rowClose(List<Object> rows, int from, Blocks.TagRef open) {
        int depth = 0;
        boolean after = false;
        for (int k = from; k < rows.size(); k++) {
            if (!(XmlUtils.unwrap(rows.get(k)) instanceof Tr tr)) {
                continue;
            }
            for (Blocks.TagRef r : Blocks.rowLevel(tr)) {
                if (r == open || r.run() == open.run()) {
                    after = true;
                    continue;
                }
                if (!after || !r.tag().name().equals(open.tag().name())) {
                    continue;
                }
                if (r.tag().opens()) {
                    depth++;
                } else if (depth-- == 0) {
                    Blocks.remove(open);
                    Blocks.remove(r);
                    return k;
                }
            }
        }
        throw new IllegalStateException("unclosed row section " + open.tag() + " passed the template check");
    }
}
