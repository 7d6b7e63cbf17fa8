package kg.kodeks.render.internal;

import java.util.ArrayList;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.wml.P;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/** Where tags stand in the block structure: markers alone in a paragraph, tags of a table row. */
public final class Blocks {
    /** A tag run inside a paragraph. */
    public record TagRef(P paragraph, Object run, Tag tag) {}

    private Blocks() {}

    /**
     * The tag a paragraph consists of when it holds nothing else but a section tag or a block
     * tag (spaces aside); null otherwise. Such a paragraph marks a loop over paragraphs.
     */
    public static Tag marker(P p) {
        Tag found = null;
        for (Object o : p.getContent()) {
            Tag t = Runs.tagOf(o);
            if (t != null) {
                if (found != null || t.kind() == Tag.Kind.FIELD) {
                    return null;
                }
                found = t;
            } else if (!Runs.text(paragraphOf(o)).isBlank()) {
                return null;
            }
        }
        return found;
    }

    private static P paragraphOf(Object o) {
        P tmp = Runs.WML.createP();
        if (XmlUtils.unwrap(o) instanceof org.docx4j.wml.R r) {
            tmp.getContent().add(r);
        } else if (XmlUtils.unwrap(o) instanceof P.Hyperlink h) {
            tmp.getContent().add(h);
        }
        return tmp;
    }

    /** The tag runs of a paragraph, in order. */
    public static List<TagRef> tags(P p) {
        List<TagRef> refs = new ArrayList<>();
        for (Object o : p.getContent()) {
            Tag t = Runs.tagOf(o);
            if (t != null) {
                refs.add(new TagRef(p, o, t));
            }
        }
        return refs;
    }

    /** The cells of a row. */
    public static List<Tc> cells(Tr tr) {
        List<Tc> cells = new ArrayList<>();
        for (Object o : tr.getContent()) {
            if (XmlUtils.unwrap(o) instanceof Tc tc) {
                cells.add(tc);
            }
        }
        return cells;
    }

    /** The section tags of a cell's own paragraphs, in order. */
    public static List<TagRef> cellTags(Tc tc) {
        List<TagRef> refs = new ArrayList<>();
        for (Object o : tc.getContent()) {
            if (XmlUtils.unwrap(o) instanceof P p) {
                for (TagRef r : tags(p)) {
                    if (r.tag().opens() || r.tag().closes()) {
                        refs.add(r);
                    }
                }
            }
        }
        return refs;
    }

    /**
     * The section tags of a row that are not closed inside their own cell: these open or close
     * a loop over table rows.
     */
    public static List<TagRef> rowLevel(Tr tr) {
        List<TagRef> result = new ArrayList<>();
        for (Tc tc : cells(tr)) {
            List<TagRef> refs = cellTags(tc);
            boolean[] local = new boolean[refs.size()];
            List<Integer> stack = new ArrayList<>();
            for (int k = 0; k < refs.size(); k++) {
                Tag t = refs.get(k).tag();
                if (t.opens()) {
                    stack.add(k);
                } else if (!stack.isEmpty()
                        && refs.get(stack.get(stack.size() - 1)).tag().name().equals(t.name())) {
                    local[stack.remove(stack.size() - 1)] = true;
                    local[k] = true;
                }
            }
            for (int k = 0; k < refs.size(); k++) {
                if (!local[k]) {
                    result.add(refs.get(k));
                }
            }
        }
        return result;
    }

    /** Removes a run from its paragraph, by identity. */
    public static void remove(TagRef ref) {
        List<Object> content = ref.paragraph().getContent();
        for (int i = 0; i < content.size(); i++) {
            if (content.get(i) == ref.run()) {
                content.remove(i);
                return;
            }
        }
    }
}
