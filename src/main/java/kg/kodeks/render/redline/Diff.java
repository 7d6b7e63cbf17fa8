package kg.kodeks.render.redline;

import java.util.ArrayList;
import java.util.List;

/**
 * A longest-common-subsequence diff of two token lists. The common head and tail are taken
 * first; a middle too large for the quadratic table (more than {@link #MAX_CELLS} cells) is
 * reported as replaced whole, which keeps memory bounded on very different versions.
 */
final class Diff {
    static final long MAX_CELLS = 16_000_000L;

    /** One step of the edit script. */
    enum Op {
        SAME,
        DELETE,
        INSERT
    }

    /** An edit step: for SAME both indexes are set, for DELETE only {@code a}, for INSERT only {@code b}. */
    record Step(Op op, int a, int b) {}

    private Diff() {}

    static <T> List<Step> of(List<T> a, List<T> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head
                && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            steps.add(new Step(Op.SAME, i, i));
        }
        middle(a, b, head, a.size() - tail, head, b.size() - tail, steps);
        for (int k = tail; k > 0; k--) {
            steps.add(new Step(Op.SAME, a.size() - k, b.size() - k));
        }
        return steps;
    }

    private static <T> void middle(List<T> a, List<T> b, int a0, int a1, int b0, int b1, List<Step> steps) {
        int n = a1 - a0;
        int m = b1 - b0;
        if ((long) n * m > MAX_CELLS) {
            for (int i = a0; i < a1; i++) {
                steps.add(new Step(Op.DELETE, i, -1));
            }
            for (int j = b0; j < b1; j++) {
                steps.add(new Step(Op.INSERT, -1, j));
            }
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(a0 + i).equals(b.get(b0 + j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(a0 + i).equals(b.get(b0 + j))) {
                steps.add(new Step(Op.SAME, a0 + i++, b0 + j++));
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                steps.add(new Step(Op.INSERT, -1, b0 + j++));
            } else {
                steps.add(new Step(Op.DELETE, a0 + i++, -1));
            }
        }
    }
}
