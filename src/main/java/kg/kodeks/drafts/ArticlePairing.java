package kg.kodeks.drafts;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import kg.kodeks.drafts.VersionDiff.Article;

/**
 * Pairs the articles that no identical text paired, by their share of common words. Of all
 * pairs at least {@link VersionDiff#SAME_ARTICLE} alike, the best is taken first, then the best
 * of those left, and so on; a small bonus for the same number and the nearer place breaks ties,
 * and equal scores go in the order of the newer, then the older articles.
 *
 * <p>Two distant versions leave hundreds of articles on each side, and so hundreds of thousands
 * of candidate pairs. Sorting them all is not needed: each newer article keeps its candidates
 * and shows only its best one until another article takes that, which gives the same pairs in
 * the same order. Words are compared as numbers rather than as sets of strings.
 */
final class ArticlePairing {
    private ArticlePairing() {}

    /** Adds to {@code pairs} (newer to older) the pairs found among the articles not yet paired. */
    static void pair(List<Article> news, List<Article> olds, Map<Article, Article> pairs, Set<Article> usedOld) {
        List<Article> rows = news.stream().filter(a -> !pairs.containsKey(a)).toList();
        List<Article> columns = olds.stream().filter(a -> !usedOld.contains(a)).toList();
        if (rows.isEmpty() || columns.isEmpty()) {
            return;
        }
        Words words = new Words(rows, columns);
        PriorityQueue<Row> queue = new PriorityQueue<>(Row.ORDER);
        for (int r = 0; r < rows.size(); r++) {
            Row row = Row.of(r, words);
            if (row != null) {
                queue.add(row);
            }
        }
        boolean[] taken = new boolean[columns.size()];
        while (!queue.isEmpty()) {
            Row row = queue.poll();
            if (taken[row.column()]) {
                if (row.next(taken)) {
                    queue.add(row);
                }
                continue;
            }
            taken[row.column()] = true;
            pairs.put(rows.get(row.index), columns.get(row.column()));
            usedOld.add(columns.get(row.column()));
        }
    }

    /**
     * The word sets of both sides as numbers from one dictionary: sorted arrays, and bit sets as
     * well when the dictionary is small next to the sets (then a few machine words hold a set and
     * counting common words is a handful of operations).
     */
    private static final class Words {
        final int[][] rows;
        final int[][] columns;
        final long[][] rowBits;
        final long[][] columnBits;
        /** Each article's number as a number from one dictionary, and its place in its version. */
        final int[] rowNumbers;

        final int[] columnNumbers;
        final int[] rowPlaces;
        final int[] columnPlaces;

        Words(List<Article> rowArticles, List<Article> columnArticles) {
            Map<String, Integer> ids = new HashMap<>();
            rows = ids(rowArticles, ids);
            columns = ids(columnArticles, ids);
            Map<String, Integer> numbers = new HashMap<>();
            rowNumbers = numbers(rowArticles, numbers);
            columnNumbers = numbers(columnArticles, numbers);
            rowPlaces = rowArticles.stream().mapToInt(Article::index).toArray();
            columnPlaces = columnArticles.stream().mapToInt(Article::index).toArray();
            long total = 0;
            for (int[] set : rows) {
                total += set.length;
            }
            int longs = (ids.size() + 63) / 64;
            boolean small = longs <= Math.max(1, total / rows.length);
            rowBits = small ? bits(rows, longs) : null;
            columnBits = small ? bits(columns, longs) : null;
        }

        private static int[][] ids(List<Article> articles, Map<String, Integer> ids) {
            int[][] out = new int[articles.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = articles.get(i).words().stream()
                        .mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size()))
                        .sorted()
                        .toArray();
            }
            return out;
        }

        private static int[] numbers(List<Article> articles, Map<String, Integer> numbers) {
            return articles.stream()
                    .mapToInt(a -> numbers.computeIfAbsent(a.unit().number(), k -> numbers.size()))
                    .toArray();
        }

        private static long[][] bits(int[][] sets, int longs) {
            long[][] out = new long[sets.length][longs];
            for (int i = 0; i < sets.length; i++) {
                for (int id : sets[i]) {
                    out[i][id >>> 6] |= 1L << id;
                }
            }
            return out;
        }

        /** {@link VersionDiff#similarity} of a newer and an older article's words. */
        double similarity(int row, int column) {
            int[] a = columns[column];
            int[] b = rows[row];
            if (a.length == 0 && b.length == 0) {
                return 1;
            }
            int common = rowBits != null ? common(rowBits[row], columnBits[column]) : common(a, b);
            return (double) common / (a.length + b.length - common);
        }

        private static int common(long[] a, long[] b) {
            int common = 0;
            for (int i = 0; i < a.length; i++) {
                common += Long.bitCount(a[i] & b[i]);
            }
            return common;
        }

        private static int common(int[] a, int[] b) {
            int common = 0;
            int i = 0;
            int j = 0;
            while (i < a.length && j < b.length) {
                if (a[i] == b[j]) {
                    common++;
                    i++;
                    j++;
                } else if (a[i] < b[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return common;
        }
    }

    /** One newer article with its candidates in older-article order, showing its best one not yet taken. */
    private static final class Row {
        static final Comparator<Row> ORDER = (a, b) -> {
            int byScore = Double.compare(b.score(), a.score());
            return byScore != 0 ? byScore : Integer.compare(a.index, b.index);
        };

        final int index;
        final int[] columns;
        final double[] scores;
        /** The candidates by score, then column; made only when the first best is taken by another row. */
        private int[] order;

        private int position;
        private int best;

        private Row(int index, int[] columns, double[] scores, int best) {
            this.index = index;
            this.columns = columns;
            this.scores = scores;
            this.best = best;
        }

        static Row of(int index, Words words) {
            int olds = words.columns.length;
            int[] columns = new int[olds];
            double[] scores = new double[olds];
            int count = 0;
            int best = -1;
            for (int c = 0; c < olds; c++) {
                double score = words.similarity(index, c);
                if (score < VersionDiff.SAME_ARTICLE) {
                    continue;
                }
                double bonus = (words.columnNumbers[c] == words.rowNumbers[index] ? 0.02 : 0)
                        - Math.abs(words.columnPlaces[c] - words.rowPlaces[index]) * 1e-6;
                columns[count] = c;
                scores[count] = score + bonus;
                if (best < 0 || scores[count] > scores[best]) {
                    best = count;
                }
                count++;
            }
            return count == 0
                    ? null
                    : new Row(index, Arrays.copyOf(columns, count), Arrays.copyOf(scores, count), best);
        }

        int column() {
            return columns[best];
        }

        double score() {
            return scores[best];
        }

        /** Moves to the best candidate not yet taken; false when none is left. */
        boolean next(boolean[] taken) {
            if (order == null) {
                order = java.util.stream.IntStream.range(0, columns.length)
                        .boxed()
                        .sorted((a, b) -> Double.compare(scores[b], scores[a]))
                        .mapToInt(Integer::intValue)
                        .toArray();
            }
            while (position < order.length && taken[columns[order[position]]]) {
                position++;
            }
            if (position == order.length) {
                return false;
            }
            best = order[position];
            return true;
        }
    }
}
