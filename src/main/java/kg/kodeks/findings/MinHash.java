package kg.kodeks.findings;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * MinHash signatures and LSH banding. The hash functions come from a seeded generator, so the
 * same input gives the same candidates on every run and machine.
 *
 * <p>A pair whose sets have Jaccard similarity {@code s} becomes a candidate with probability
 * {@code 1 - (1 - s^r)^b} for {@code b} bands of {@code r} rows; with 32 bands of 4 rows a pair at
 * 0.5 is found 87 % of the time and a pair at 0.7 almost always.
 */
public final class MinHash {
    private final int rows;
    private final int bands;
    private final long[] a;
    private final long[] b;
    /** Buckets bigger than this are paired only with their near neighbours, to bound the work. */
    private static final int WINDOW = 64;

    /**
     * @param bands the number of LSH bands
     * @param rows the rows per band; the signature has {@code bands * rows} values
     * @param seed the seed of the hash functions
     */
    public MinHash(int bands, int rows, long seed) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive");
        }
        this.bands = bands;
        this.rows = rows;
        SplittableRandom random = new SplittableRandom(seed);
        int n = bands * rows;
        a = new long[n];
        b = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextLong() | 1L;
            b[i] = random.nextLong();
        }
    }

    /** The signature of a set of shingle hashes (any order, duplicates allowed; empty gives all max). */
    public int[] signature(int[] shingles) {
        int n = a.length;
        int[] sig = new int[n];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (int s : shingles) {
            long x = s & 0xffffffffL;
            for (int i = 0; i < n; i++) {
                // Multiply-shift hashing: the high half of a*x+b is close to universal.
                int h = (int) ((a[i] * x + b[i]) >>> 33);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /**
     * The candidate pairs: items that agree on every row of at least one band. Items with the
     * same owner are not paired; pairs are reported once each by owner, as {@code low << 32 | high}.
     *
     * @param signatures one signature per item
     * @param owner the record each item belongs to (a norm may have several items: itself and
     *     its sentences, so that a norm copied inside a longer one is found)
     */
    public long[] candidates(int[][] signatures, int[] owner) {
        if (signatures.length >= (1 << 24)) {
            throw new IllegalArgumentException("at most 16M items per run");
        }
        long[][] perBand = IntStream.range(0, bands)
                .parallel()
                .mapToObj(band -> bandPairs(signatures, owner, band))
                .toArray(long[][]::new);
        int total = 0;
        for (long[] p : perBand) {
            total += p.length;
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] p : perBand) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        Arrays.parallelSort(all);
        return unique(all);
    }

    private long[] bandPairs(int[][] signatures, int[] owner, int band) {
        int n = signatures.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L * (band + 1);
            int[] sig = signatures[i];
            for (int r = band * rows; r < (band + 1) * rows; r++) {
                h = mix(h ^ sig[r]);
            }
            // The upper 40 bits carry the bucket, the lower 24 the item.
            keys[i] = (h & ~0xFFFFFFL) | i;
        }
        Arrays.sort(keys);
        LongList pairs = new LongList();
        int start = 0;
        while (start < n) {
            int end = start + 1;
            long bucket = keys[start] & ~0xFFFFFFL;
            while (end < n && (keys[end] & ~0xFFFFFFL) == bucket) {
                end++;
            }
            for (int i = start; i < end; i++) {
                int oi = owner[(int) (keys[i] & 0xFFFFFF)];
                for (int j = i + 1; j < Math.min(end, i + 1 + WINDOW); j++) {
                    int oj = owner[(int) (keys[j] & 0xFFFFFF)];
                    if (oi != oj) {
                        pairs.add(oi < oj ? ((long) oi << 32) | oj : ((long) oj << 32) | oi);
                    }
                }
            }
            start = end;
        }
        return pairs.toArray();
    }

    private static long[] unique(long[] sorted) {
        int w = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[w++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, w);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The sorted distinct shingles of {@code k} consecutive terms, hashed. */
    public static int[] shingles(java.util.List<String> terms, int k) {
        if (terms.isEmpty()) {
            return new int[0];
        }
        int width = Math.min(k, terms.size());
        int[] out = new int[terms.size() - width + 1];
        for (int i = 0; i < out.length; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < i + width; j++) {
                h = mix(h ^ terms.get(j).hashCode());
            }
            out[i] = (int) h;
        }
        Arrays.sort(out);
        return uniqueInts(out);
    }

    private static int[] uniqueInts(int[] sorted) {
        int w = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[w++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, w);
    }

    /** The size of the intersection of two sorted sets of distinct ints. */
    public static int overlap(int[] x, int[] y) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** Exact Jaccard similarity of two sorted sets of distinct ints. */
    public static double jaccard(int[] x, int[] y) {
        int common = overlap(x, y);
        int union = x.length + y.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /** A growable list of longs, to avoid boxing millions of pairs. */
    static final class LongList {
        private long[] data = new long[16];
        private int size;

        void add(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(data, size);
        }

        int size() {
            return size;
        }
    }
}
