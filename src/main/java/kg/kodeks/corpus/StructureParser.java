package kg.kodeks.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kg.kodeks.error.Problem;
import kg.kodeks.model.ElementIds;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;

/**
 * Builds the tree of units from the lines of an act's body. Shared by the corpus reader, the
 * importers and the draft parser, so acts and the Code are read by the same rules.
 *
 * <p>A line that opens no unit continues the text of the unit before it; a word broken by a
 * hyphen at the end of a line is joined again. Text before the first unit is the preamble.
 */
public final class StructureParser {
    static final String BUNDLE = "kg.kodeks.corpus.messages";

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Node root = new Node(null, "", "", 0);
    private final StringBuilder preamble = new StringBuilder();
    private Node current = root;
    private boolean lastLineBlank = true;

    private StructureParser(String file) {
        this.file = file;
    }

    /** The units of a body and what was wrong with it. */
    public record Body(String preamble, List<Unit> units, List<Problem> problems) {
        public Body {
            units = List.copyOf(units);
            problems = List.copyOf(problems);
        }

        /** True when a problem makes the body unusable. */
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /**
     * Parses the lines of a body.
     *
     * @param file the file name used in problems
     * @param lines the cleaned lines, with their numbers in the file
     */
    public static Body parse(String file, List<SourceLine> lines) {
        StructureParser parser = new StructureParser(file);
        for (SourceLine line : lines) {
            parser.accept(line);
        }
        return parser.finish();
    }

    private void accept(SourceLine line) {
        if (line.text().isBlank()) {
            lastLineBlank = true;
            return;
        }
        StructureLine structure = StructureLine.of(line.text());
        if (structure.opensUnit()) {
            open(structure, line.number());
        } else {
            continueText(structure.rest(), line.number());
        }
        lastLineBlank = false;
    }

    private void open(StructureLine line, int lineNumber) {
        Node parent = parentFor(line.kind());
        if (parent == null) {
            error(lineNumber, "parse.outsideArticle", line.number(), label(line.kind()));
            return;
        }
        Node node = new Node(line.kind(), line.number(), line.rest(), lineNumber);
        node.parent = parent;
        parent.children.add(node);
        current = node;
    }

    /** The innermost open unit that may hold a unit of this kind, or null. */
    private Node parentFor(UnitKind kind) {
        for (Node n = current; n != null; n = n.parent) {
            if (n.kind == null || n.kind.ordinal() < kind.ordinal() && fits(n.kind, kind)) {
                return n.kind == null && kind.ordinal() > UnitKind.ARTICLE.ordinal() ? null : n;
            }
        }
        return null;
    }

    private static boolean fits(UnitKind parent, UnitKind child) {
        return switch (child) {
            case SECTION, CHAPTER, ARTICLE -> true;
            case PART -> parent == UnitKind.ARTICLE;
            case POINT -> parent == UnitKind.ARTICLE || parent == UnitKind.PART;
            case SUBPOINT -> parent.ordinal() >= UnitKind.ARTICLE.ordinal();
        };
    }

    private void continueText(String text, int lineNumber) {
        if (current == root) {
            append(preamble, text, lastLineBlank);
            return;
        }
        if (continuesHeading(text)) {
            append(current.heading, text, false);
            return;
        }
        if (current.kind.ordinal() < UnitKind.ARTICLE.ordinal() && !current.children.isEmpty()) {
            error(lineNumber, "parse.textOutsideUnit", text.length() > 40 ? text.substring(0, 40) + "…" : text);
            return;
        }
        append(current.text, text, false);
    }

    /**
     * True when a line wraps the heading just opened: it follows the heading line directly (no
     * blank line), starts with a lower-case letter, and the unit has no text yet. Exports wrapped
     * at a fixed width break long headings this way; text of an article starts with a capital.
     */
    private boolean continuesHeading(String text) {
        return !lastLineBlank
                && current.kind.ordinal() <= UnitKind.ARTICLE.ordinal()
                && current.text.length() == 0
                && current.children.isEmpty()
                && current.heading.length() > 0
                && !text.isEmpty()
                && Character.isLowerCase(text.codePointAt(0));
    }

    private static void append(StringBuilder target, String text, boolean newParagraph) {
        if (target.length() == 0) {
            target.append(text);
        } else if (newParagraph) {
            target.append('\n').append(text);
        } else if (endsWithBrokenWord(target) && !text.isEmpty() && Character.isLowerCase(text.codePointAt(0))) {
            target.setLength(target.length() - 1);
            target.append(text);
        } else if (endsWithHyphen(target) && !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0))) {
            // a hyphen before a capital or a digit belongs to the word («Бишкек-Ош», «2011-2019»)
            target.append(text);
        } else {
            target.append(' ').append(text);
        }
    }

    private static boolean endsWithHyphen(StringBuilder text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetterOrDigit(text.charAt(n - 2));
    }

    private static boolean endsWithBrokenWord(StringBuilder text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2));
    }

    private Body finish() {
        List<Unit> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node node : root.children) {
            units.add(build(node, "", seen));
        }
        checkNumbering(root);
        return new Body(preamble.toString(), units, problems);
    }

    private Unit build(Node node, String parentEid, Set<String> seen) {
        String eid = ElementIds.child(parentEid, node.kind, node.number);
        if (!seen.add(eid)) {
            error(node.line, "parse.duplicateUnit", label(node.kind), node.number);
        }
        EditorialNotes.Split heading = EditorialNotes.split(node.heading.toString());
        EditorialNotes.Split text = EditorialNotes.split(node.text.toString());
        boolean repealed = EditorialNotes.saysRepealed(heading.text()) || EditorialNotes.saysRepealed(text.text());
        List<String> notes = new ArrayList<>(heading.notes());
        notes.addAll(text.notes());
        String unitHeading = heading.text();
        String unitText = text.text();
        if (repealed && unitText.isEmpty() && node.kind == UnitKind.ARTICLE) {
            unitText = unitHeading;
            unitHeading = "";
        }
        List<Unit> children = new ArrayList<>();
        for (Node child : node.children) {
            children.add(build(child, eid, seen));
        }
        return new Unit(node.kind, eid, node.number, unitHeading, unitText, repealed, notes, node.line, children);
    }

    private void checkNumbering(Node parent) {
        for (UnitKind kind : UnitKind.values()) {
            Node previous = null;
            for (Node child : parent.children) {
                if (child.kind != kind) {
                    continue;
                }
                if (previous != null && !follows(previous.number, child.number)) {
                    warning(child.line, "parse.numberingGap", label(kind), previous.number, child.number);
                }
                previous = child;
            }
        }
        parent.children.forEach(this::checkNumbering);
    }

    /** True when {@code next} may follow {@code previous}: 3 → 4, 3 → 3-1, 3-1 → 4, а → б. */
    static boolean follows(String previous, String next) {
        Integer p = leadingNumber(previous);
        Integer n = leadingNumber(next);
        if (p == null || n == null) {
            return previous.isEmpty() || next.isEmpty() || previous.codePointAt(0) < next.codePointAt(0);
        }
        return n == p + 1 || n.equals(p) && next.length() > previous.length();
    }

    private static Integer leadingNumber(String number) {
        int end = 0;
        while (end < number.length() && Character.isDigit(number.charAt(end))) {
            end++;
        }
        if (end > 0) {
            return Integer.parseInt(number.substring(0, Math.min(end, 9)));
        }
        return RomanNumerals.value(number);
    }

    private String label(UnitKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void error(int line, String key, Object... args) {
        problems.add(new Problem(file, line, Problem.ERROR, BUNDLE, key, strings(args)));
    }

    private void warning(int line, String key, Object... args) {
        problems.add(new Problem(file, line, Problem.WARNING, BUNDLE, key, strings(args)));
    }

    private static List<String> strings(Object... args) {
        List<String> out = new ArrayList<>();
        for (Object arg : args) {
            out.add(String.valueOf(arg));
        }
        return out;
    }

    /** A unit while it is being read: its text grows line by line. */
    private static final class Node {
        final UnitKind kind;
        final String number;
        final StringBuilder heading = new StringBuilder();
        final int line;
        final StringBuilder text = new StringBuilder();
        final List<Node> children = new ArrayList<>();
        Node parent;

        Node(UnitKind kind, String number, String headingOrText, int line) {
            this.kind = kind;
            this.number = number;
            this.line = line;
            boolean titled = kind != null && kind.ordinal() <= UnitKind.ARTICLE.ordinal();
            if (titled) {
                heading.append(headingOrText);
            }
            if (!titled) {
                text.append(headingOrText);
            }
        }
    }
}
