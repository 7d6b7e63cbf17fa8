package kg.kodeks.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kg.kodeks.drafts.Change;
import kg.kodeks.drafts.WordOp;
import kg.kodeks.model.Citations;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;

/**
 * Lays one article change out side by side for the diff page. The drafts service gives the
 * word-level changes as one run of words over the whole article (heading, then each part's
 * number mark and text); this class puts those words back on the lines of the article they came
 * from, so the old text is shown on the left and the new on the right, part against part, with
 * deleted and inserted words marked. Presentation only: what changed is decided by the service.
 */
final class DraftDiffView {
    private DraftDiffView() {}

    /** A run of words on one line: {@code =} kept, {@code -} deleted (left), {@code +} inserted (right). */
    record Segment(String op, String text) {}

    /**
     * One line of an article: the heading line, the article's own text, or a part, point or
     * subpoint. {@code labelChanged} marks a heading whose number differs on the other side.
     */
    record Line(String kind, int depth, String label, List<Segment> segments, boolean labelChanged) {
        Line withLabelChanged() {
            return new Line(kind, depth, label, segments, true);
        }
    }

    /** One row of the side-by-side table; either side may be absent. */
    record Row(Line left, Line right) {}

    /** A line before its words are marked: where each token of the article goes. */
    private record Skeleton(String kind, int depth, String label, int from, int to) {}

    /** The tokens of an article in the order the service compares them, and the lines they form. */
    private record Layout(List<String> tokens, List<Skeleton> lines) {}

    /**
     * The rows of one article change.
     *
     * @param change the change, with its word-level runs (empty when the text is the same)
     * @param older the article in the older version, null when it was added
     * @param newer the article in the newer version, null when it was removed
     */
    static List<Row> rows(Change change, Unit older, Unit newer, Language language) {
        Layout left = older == null ? null : layout(older, language);
        Layout right = newer == null ? null : layout(newer, language);
        List<String> leftMarks = left == null ? List.of() : marks(change, left, "-");
        List<String> rightMarks = right == null ? List.of() : marks(change, right, "+");
        List<Line> leftLines = left == null ? List.of() : lines(left, leftMarks);
        List<Line> rightLines = right == null ? List.of() : lines(right, rightMarks);
        if (!leftLines.isEmpty()
                && !rightLines.isEmpty()
                && !leftLines.get(0).label().equals(rightLines.get(0).label())) {
            leftLines.set(0, leftLines.get(0).withLabelChanged());
            rightLines.set(0, rightLines.get(0).withLabelChanged());
        }
        if (left == null || right == null) {
            return zip(leftLines, 0, leftLines.size(), rightLines, 0, rightLines.size(), new ArrayList<>());
        }
        return align(left, right, leftLines, rightLines, change);
    }

    /** The words of a chapter heading change (or of any change) as one line of segments. */
    static List<Segment> inline(List<WordOp> words) {
        List<Segment> out = new ArrayList<>();
        for (WordOp w : words) {
            out.add(new Segment(w.op(), w.text()));
        }
        return out;
    }

    /**
     * Like {@link #inline}, with long unchanged runs cut to a few words around the changes, the
     * way a reader needs them in a list of versions.
     */
    static List<Segment> shortened(List<WordOp> words) {
        final int keep = 6;
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            WordOp w = words.get(i);
            List<String> list = words(w.text());
            if (!w.op().equals("=") || list.size() <= 2 * keep + 1) {
                out.add(new Segment(w.op(), w.text()));
                continue;
            }
            boolean before = i > 0;
            boolean after = i < words.size() - 1;
            String head = String.join(" ", list.subList(0, keep));
            String tail = String.join(" ", list.subList(list.size() - keep, list.size()));
            String text = before && after ? head + " … " + tail : before ? head + " …" : after ? "… " + tail : w.text();
            out.add(new Segment("=", text));
        }
        return out;
    }

    /** The label of a unit as the draft prints it («Статья 10.», «10-берене.», «2.», «3)»). */
    static String label(Unit unit, Language language) {
        return switch (unit.kind()) {
            case PART -> unit.number() + ".";
            case POINT, SUBPOINT -> unit.number() + ")";
            default -> Citations.unitLabel(unit, language) + ".";
        };
    }

    /** Tokens exactly as VersionDiff takes them: heading, own text, then each child's mark and text. */
    private static Layout layout(Unit article, Language language) {
        List<String> tokens = new ArrayList<>();
        List<Skeleton> lines = new ArrayList<>();
        int start = tokens.size();
        tokens.addAll(words(article.heading()));
        lines.add(new Skeleton("heading", 0, label(article, language), start, tokens.size()));
        if (article.hasText()) {
            start = tokens.size();
            tokens.addAll(words(article.text()));
            lines.add(new Skeleton("text", 0, "", start, tokens.size()));
        }
        for (Unit child : article.children()) {
            addChild(child, 1, tokens, lines);
        }
        return new Layout(tokens, lines);
    }

    private static void addChild(Unit unit, int depth, List<String> tokens, List<Skeleton> lines) {
        int start = tokens.size();
        tokens.add(unit.kind() == UnitKind.PART ? unit.number() + "." : unit.number() + ")");
        tokens.addAll(words(unit.text()));
        lines.add(new Skeleton(unit.kind().name().toLowerCase(java.util.Locale.ROOT), depth, "", start, tokens.size()));
        for (Unit child : unit.children()) {
            addChild(child, depth + 1, tokens, lines);
        }
    }

    private static List<String> words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    /**
     * The mark of each token of one side: {@code =} or the side's own op. When the runs do not
     * spell out this side's tokens (they always should), the side is shown unmarked rather than
     * with marks on the wrong words.
     */
    private static List<String> marks(Change change, Layout side, String own) {
        List<String> marks = new ArrayList<>();
        if (change.words().isEmpty()) {
            side.tokens().forEach(t -> marks.add("="));
            return marks;
        }
        List<String> seen = new ArrayList<>();
        for (WordOp w : change.words()) {
            if (w.op().equals("=") || w.op().equals(own)) {
                for (String word : words(w.text())) {
                    seen.add(word);
                    marks.add(w.op());
                }
            }
        }
        if (!seen.equals(side.tokens())) {
            marks.clear();
            side.tokens().forEach(t -> marks.add("="));
        }
        return marks;
    }

    private static List<Line> lines(Layout layout, List<String> marks) {
        List<Line> out = new ArrayList<>();
        for (Skeleton s : layout.lines()) {
            List<Segment> segments = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            String op = null;
            for (int i = s.from(); i < s.to(); i++) {
                String mark = marks.get(i);
                if (op != null && !op.equals(mark)) {
                    segments.add(new Segment(op, run.toString()));
                    run.setLength(0);
                }
                op = mark;
                if (run.length() > 0) {
                    run.append(' ');
                }
                run.append(layout.tokens().get(i));
            }
            if (op != null) {
                segments.add(new Segment(op, run.toString()));
            }
            out.add(new Line(s.kind(), s.depth(), s.label(), segments, false));
        }
        return out;
    }

    /**
     * Pairs the lines of the two sides. Every kept word links a line on the left with one on the
     * right; the pairs chosen are those that share the most kept words while keeping the order
     * of both sides (a line is paired once). Lines between two pairs are set next to each other
     * in order (a rewritten part stands next to what it replaced), the rest shown on one side.
     */
    private static List<Row> align(
            Layout left, Layout right, List<Line> leftLines, List<Line> rightLines, Change change) {
        int n = leftLines.size();
        int m = rightLines.size();
        int[][] shared = new int[n][m];
        if (change.words().isEmpty()) {
            // Same words: the lines correspond one to one as far as both go.
            for (int i = 0; i < Math.min(n, m); i++) {
                shared[i][i] = 1;
            }
        } else {
            int[] leftLineOf = lineOf(left);
            int[] rightLineOf = lineOf(right);
            int li = 0;
            int ri = 0;
            for (WordOp w : change.words()) {
                int count = words(w.text()).size();
                switch (w.op()) {
                    case "=" -> {
                        for (int k = 0; k < count && li < leftLineOf.length && ri < rightLineOf.length; k++) {
                            shared[leftLineOf[li++]][rightLineOf[ri++]]++;
                        }
                    }
                    case "-" -> li += count;
                    default -> ri += count;
                }
            }
        }
        // The heading lines always face each other, even when no heading word was kept.
        shared[0][0] += 1_000_000;
        // The heaviest order-keeping pairing, as in a longest common subsequence.
        long[][] best = new long[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                long skip = Math.max(best[i - 1][j], best[i][j - 1]);
                best[i][j] =
                        shared[i - 1][j - 1] > 0 ? Math.max(skip, best[i - 1][j - 1] + shared[i - 1][j - 1]) : skip;
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = n, j = m; i > 0 && j > 0; ) {
            if (shared[i - 1][j - 1] > 0 && best[i][j] == best[i - 1][j - 1] + shared[i - 1][j - 1]) {
                pairs.add(0, new int[] {i - 1, j - 1});
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        List<Row> rows = new ArrayList<>();
        int oi = 0;
        int ni = 0;
        for (int[] p : pairs) {
            zip(leftLines, oi, p[0], rightLines, ni, p[1], rows);
            rows.add(new Row(leftLines.get(p[0]), rightLines.get(p[1])));
            oi = p[0] + 1;
            ni = p[1] + 1;
        }
        return zip(leftLines, oi, n, rightLines, ni, m, rows);
    }

    /** The line of each token. */
    private static int[] lineOf(Layout layout) {
        int[] out = new int[layout.tokens().size()];
        for (int line = 0; line < layout.lines().size(); line++) {
            Skeleton s = layout.lines().get(line);
            for (int i = s.from(); i < s.to(); i++) {
                out[i] = line;
            }
        }
        return out;
    }

    private static List<Row> zip(
            List<Line> left, int leftFrom, int leftTo, List<Line> right, int rightFrom, int rightTo, List<Row> rows) {
        int n = Math.max(leftTo - leftFrom, rightTo - rightFrom);
        for (int k = 0; k < n; k++) {
            Line l = leftFrom + k < leftTo ? left.get(leftFrom + k) : null;
            Line r = rightFrom + k < rightTo ? right.get(rightFrom + k) : null;
            rows.add(new Row(l, r));
        }
        return rows;
    }
}
