package kg.kodeks.drafts;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level differences between two texts: the longest common subsequence of their words,
 * reported as runs of kept, inserted and deleted words. Texts of one article are short enough
 * (hundreds of words) for the quadratic table; the common head and tail are cut off first.
 */
final class WordDiff {
    private WordDiff() {}

    static List<WordOp> diff(List<String> a, List<String> b) {
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
        Runs runs = new Runs();
        a.subList(0, head).forEach(w -> runs.add("=", w));
        middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), runs);
        a.subList(a.size() - tail, a.size()).forEach(w -> runs.add("=", w));
        return runs.finish();
    }

    private static void middle(List<String> a, List<String> b, Runs runs) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                runs.add("=", a.get(i++));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                runs.add("-", a.get(i++));
            } else {
                runs.add("+", b.get(j++));
            }
        }
        while (i < n) {
            runs.add("-", a.get(i++));
        }
        while (j < m) {
            runs.add("+", b.get(j++));
        }
    }

    /** Joins consecutive words with the same operation into one run. */
    private static final class Runs {
        final List<WordOp> ops = new ArrayList<>();
        private String op;
        private final StringBuilder text = new StringBuilder();

        void add(String wordOp, String word) {
            if (!wordOp.equals(op)) {
                flush();
                op = wordOp;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(word);
        }

        List<WordOp> finish() {
            flush();
            return ops;
        }

        private void flush() {
            if (op != null && text.length() > 0) {
                ops.add(new WordOp(op, text.toString()));
            }
            text.setLength(0);
        }
    }
}
