package kg.kodeks.render.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.wml.P;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/**
 * Checks the tags of one part of a normalised template (the body, a header, a footer, the
 * footnotes): sections closed in the order they were opened, each section either inside one
 * paragraph, or alone in paragraphs of one container, or across cells of one table (a loop over
 * rows); block tags alone in their paragraph; and, when data is given, every field known.
 */
public final class TemplateChecker {
    /** One fault, with the tag and the text of the paragraph where it stands. */
    public record Finding(String key, String tag, String paragraph) {}

    private record Open(
            Tag tag, P paragraph, List<Object> container, Tc cell, Tbl table, boolean marker, Scope outer) {}

    private final List<Finding> findings = new ArrayList<>();
    private final Deque<Open> stack = new ArrayDeque<>();
    private Scope scope;

    private TemplateChecker(Scope scope) {
        this.scope = scope;
    }

    /**
     * @param content the block content of one part
     * @param data the data to check fields against, or null to check structure only
     */
    public static List<Finding> check(List<Object> content, Scope data) {
        TemplateChecker checker = new TemplateChecker(data);
        checker.walk(content, null, null);
        for (Open open : checker.stack) {
            checker.findings.add(new Finding("template.unclosed", open.tag().toString(), Runs.text(open.paragraph())));
        }
        return checker.findings;
    }

    private void walk(List<Object> content, Tc cell, Tbl table) {
        for (Object o : content) {
            Object u = XmlUtils.unwrap(o);
            if (u instanceof P p) {
                paragraph(p, content, cell, table);
            } else if (u instanceof Tbl t) {
                for (Object row : t.getContent()) {
                    if (XmlUtils.unwrap(row) instanceof Tr tr) {
                        for (Tc tc : Blocks.cells(tr)) {
                            walk(tc.getContent(), tc, t);
                        }
                    }
                }
            } else if (u instanceof SdtBlock sdt && sdt.getSdtContent() != null) {
                walk(sdt.getSdtContent().getContent(), cell, table);
            }
        }
    }

    private void paragraph(P p, List<Object> container, Tc cell, Tbl table) {
        Tag marker = Blocks.marker(p);
        for (Blocks.TagRef ref : Blocks.tags(p)) {
            Tag t = ref.tag();
            switch (t.kind()) {
                case FIELD -> field(t, p);
                case BLOCK -> {
                    if (marker == null) {
                        findings.add(new Finding("template.blockNotAlone", t.toString(), Runs.text(p)));
                    }
                    field(t, p);
                }
                case OPEN, INVERTED -> open(t, p, container, cell, table, marker != null);
                case CLOSE -> close(t, p, container, cell, table, marker != null);
                default -> throw new IllegalStateException(t.toString());
            }
        }
    }

    private void field(Tag t, P p) {
        if (scope != null && scope.lookup(t.name()) == Scope.MISSING) {
            findings.add(new Finding("template.unknownField", t.toString(), Runs.text(p)));
        }
    }

    private void open(Tag t, P p, List<Object> container, Tc cell, Tbl table, boolean marker) {
        stack.push(new Open(t, p, container, cell, table, marker, scope));
        if (scope == null) {
            return;
        }
        Object value = scope.lookup(t.name());
        if (value == Scope.MISSING) {
            findings.add(new Finding("template.unknownField", t.toString(), Runs.text(p)));
            scope = null;
        } else if (t.kind() == Tag.Kind.OPEN) {
            List<?> items = Scope.items(value, false);
            // An empty list leaves nothing to check the fields inside against.
            scope = items.isEmpty() ? null : scope.child(union(items), 0);
        }
    }

    /** The fields any item of a list has, so optional fields of records are known. */
    private static Object union(List<?> items) {
        if (!(items.get(0) instanceof java.util.Map<?, ?>)) {
            return items.get(0);
        }
        java.util.Map<Object, Object> all = new java.util.LinkedHashMap<>();
        for (Object item : items) {
            if (item instanceof java.util.Map<?, ?> m) {
                m.forEach(all::putIfAbsent);
            }
        }
        return all;
    }

    private void close(Tag t, P p, List<Object> container, Tc cell, Tbl table, boolean marker) {
        if (stack.isEmpty() || stack.stream().noneMatch(o -> o.tag().name().equals(t.name()))) {
            findings.add(new Finding("template.closeWithoutOpen", t.toString(), Runs.text(p)));
            return;
        }
        Open open = stack.pop();
        if (!open.tag().name().equals(t.name())) {
            findings.add(new Finding("template.crossed", open.tag() + " … " + t, Runs.text(p)));
            while (!open.tag().name().equals(t.name())) {
                open = stack.pop();
            }
        }
        scope = open.outer();
        if (open.paragraph() == p) {
            return;
        }
        if (open.marker() && marker && open.container() == container) {
            return;
        }
        if (open.table() != null && open.table() == table && open.cell() != cell) {
            return;
        }
        String key = open.cell() != cell ? "template.crossesCell" : "template.sectionNotAlone";
        findings.add(new Finding(key, open.tag() + " … " + t, Runs.text(open.paragraph())));
    }
}
