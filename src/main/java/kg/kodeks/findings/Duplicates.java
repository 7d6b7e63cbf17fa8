package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Near-duplicate records among sets of shingles: LSH candidates from MinHash signatures, each
 * verified by exact Jaccard similarity and containment, then grouped into clusters by
 * union-find. Works on plain int sets so the same code serves the corpus and the benchmark.
 */
public final class Duplicates {

    /** A verified pair of records with its exact similarities. */
    public record Pair(int a, int b, double jaccard, double containment) {}

    private final MinHash minHash;
    private final double minJaccard;
    private final double minContainment;
    private final int minContained;

    /**
     * @param minHash the signatures and banding
     * @param minJaccard pairs at or above this Jaccard similarity are duplicates
     * @param minContainment pairs where this share of the smaller set is in the larger are
     *     duplicates too (a norm copied inside a longer one)
     * @param minContained the smallest set that may count as contained, so that two-word
     *     fragments do not match everything
     */
    public Duplicates(MinHash minHash, double minJaccard, double minContainment, int minContained) {
        this.minHash = minHash;
        this.minJaccard = minJaccard;
        this.minContainment = minContainment;
        this.minContained = minContained;
    }

    /**
     * The verified pairs among the records.
     *
     * @param sets the sorted shingle set of each record
     * @param parts extra items to look up (sentences of longer records), each a sorted shingle set
     * @param partOwner the record each extra item belongs to
     */
    public List<Pair> pairs(int[][] sets, int[][] parts, int[] partOwner) {
        int n = sets.length;
        int[][] items = new int[n + parts.length][];
        int[] owner = new int[items.length];
        for (int i = 0; i < n; i++) {
            items[i] = sets[i];
            owner[i] = i;
        }
        for (int i = 0; i < parts.length; i++) {
            items[n + i] = parts[i];
            owner[n + i] = partOwner[i];
        }
        int[][] signatures = IntStream.range(0, items.length)
                .parallel()
                .mapToObj(i -> minHash.signature(items[i]))
                .toArray(int[][]::new);
        long[] candidates = minHash.candidates(signatures, owner);
        return verify(sets, candidates);
    }

    /** Exact similarity of every candidate pair; only those above the thresholds are kept. */
    public List<Pair> verify(int[][] sets, long[] candidates) {
        Pair[] verified = IntStream.range(0, candidates.length)
                .parallel()
                .mapToObj(k -> {
                    int a = (int) (candidates[k] >>> 32);
                    int b = (int) candidates[k];
                    int common = MinHash.overlap(sets[a], sets[b]);
                    int smaller = Math.min(sets[a].length, sets[b].length);
                    int union = sets[a].length + sets[b].length - common;
                    double jaccard = union == 0 ? 0 : (double) common / union;
                    double containment = smaller == 0 ? 0 : (double) common / smaller;
                    boolean keep = jaccard >= minJaccard || smaller >= minContained && containment >= minContainment;
                    return keep ? new Pair(a, b, jaccard, containment) : null;
                })
                .filter(p -> p != null)
                .toArray(Pair[]::new);
        return Arrays.asList(verified);
    }

    /** Groups records connected by pairs; only groups of two or more, each sorted, in order of first member. */
    public static List<int[]> clusters(int n, List<Pair> pairs) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Pair p : pairs) {
            int ra = find(parent, p.a());
            int rb = find(parent, p.b());
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            size[find(parent, i)]++;
        }
        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (size[root] < 2) {
                continue;
            }
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(i);
        }
        return groups.stream()
                .map(g -> g.stream().mapToInt(Integer::intValue).toArray())
                .toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
