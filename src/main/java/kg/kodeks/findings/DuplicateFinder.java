package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kg.kodeks.model.Language;

/**
 * Duplicate norms within one language (a norm and its translation are parallels, never
 * duplicates): near-identical norms and norms copied inside longer ones, grouped into clusters.
 */
final class DuplicateFinder {
    /** Shingles are pairs of consecutive terms: word order counts, a changed word costs little. */
    static final int SHINGLE = 1;

    static final double MIN_JACCARD = 0.66;
    static final double MIN_CONTAINMENT = 0.88;
    /** Norms shorter than this many shingles («Утратила силу», one-line definitions) are left out. */
    static final int MIN_SHINGLES = 7;
    /** The share of the smaller norm's term weight (rarer terms weigh more) that the other must have. */
    static final double MIN_WEIGHTED_CONTAINMENT = 0.75;

    private static final long SEED = 20111;
    private static final int MAX_EVIDENCE = 30;

    private final TermSource analysis;
    private final Duplicates duplicates =
            new Duplicates(new MinHash(32, 4, SEED), MIN_JACCARD, MIN_CONTAINMENT, MIN_SHINGLES);

    DuplicateFinder(TermSource analysis) {
        this.analysis = analysis;
    }

    /**
     * @param norms the norms of the corpus
     * @param excluded pairs of unit addresses already reported as conflicts (a copy with a changed
     *     number is a conflict, not a duplicate), each as {@link #pairKey}
     */
    List<Finding> find(List<NormFacts> norms, Set<String> excluded) {
        List<Finding> out = new ArrayList<>();
        for (Language language : Language.values()) {
            List<NormFacts> group = norms.stream()
                    .filter(n -> n.language == language
                            && !n.norm.repealed()
                            && n.shingles.length >= MIN_SHINGLES
                            && !n.aboutOwnAct)
                    .toList();
            out.addAll(findIn(group, excluded));
        }
        return out;
    }

    private List<Finding> findIn(List<NormFacts> group, Set<String> excluded) {
        int[][] sets = group.stream().map(n -> n.shingles).toArray(int[][]::new);
        List<int[]> parts = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            for (String sentence : sentences(group.get(i).norm.text())) {
                int[] s = MinHash.shingles(analysis.terms(group.get(i).language, sentence), SHINGLE);
                if (s.length >= MIN_SHINGLES) {
                    parts.add(s);
                    owners.add(i);
                }
            }
        }
        java.util.Map<Integer, Integer> df = new java.util.HashMap<>();
        for (int[] set : sets) {
            for (int x : set) {
                df.merge(x, 1, Integer::sum);
            }
        }
        List<Duplicates.Pair> pairs = new ArrayList<>();
        for (Duplicates.Pair p : duplicates.pairs(
                sets,
                parts.toArray(int[][]::new),
                owners.stream().mapToInt(Integer::intValue).toArray())) {
            NormFacts a = group.get(p.a());
            NormFacts b = group.get(p.b());
            if (!excluded.contains(pairKey(a.address(), b.address())) && !notARepetition(a, b)) {
                // A copy shares the words that say what the norm is about, not only a common formula
                // («в пределах полномочий», «в соответствии с законодательством»): weigh rare terms more.
                double[] w = weighted(sets[p.a()], sets[p.b()], df, group.size());
                if (w[1] >= MIN_WEIGHTED_CONTAINMENT) {
                    pairs.add(p);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int[] cluster : Duplicates.clusters(group.size(), pairs)) {
            out.add(finding(group, cluster, pairs));
        }
        return out;
    }

    /**
     * Near-identical norms that differ in modality or set different values for the same
     * parameter contradict each other: that is a conflict to resolve, not a repetition to remove.
     * (Different bodies are not enough: a rule copied from one body's law into another's often
     * names its own addressee.)
     */
    static boolean notARepetition(NormFacts a, NormFacts b) {
        if (a.citesOwnAct
                && b.citesOwnAct
                && !a.norm.act().work().equals(b.norm.act().work())) {
            return true; // «в соответствии с настоящим Законом» in two laws points at two different laws
        }
        if (a.matter != null && b.matter != null && !a.matter.equals(b.matter)) {
            return true; // the same formula for decisions on different matters
        }
        Modality ma = a.modality.modality();
        Modality mb = b.modality.modality();
        if (ma != Modality.NONE && mb != Modality.NONE && ma != mb) {
            return true;
        }
        for (Quantity qa : a.quantities) {
            boolean comparable = false;
            boolean same = false;
            for (Quantity qb : b.quantities) {
                if (qa.comparable(qb)) {
                    comparable = true;
                    same |= qa.sameValue(qb);
                }
            }
            if (comparable && !same) {
                return true;
            }
        }
        return false;
    }

    /** Jaccard and containment with each term weighted by its rarity in the group (log N/df). */
    static double[] weighted(int[] a, int[] b, java.util.Map<Integer, Integer> df, int n) {
        double common = 0;
        double wa = 0;
        double wb = 0;
        java.util.Set<Integer> bs = new HashSet<>();
        for (int x : b) {
            bs.add(x);
            wb += Math.log((double) n / df.getOrDefault(x, 1));
        }
        for (int x : a) {
            double w = Math.log((double) n / df.getOrDefault(x, 1));
            wa += w;
            if (bs.contains(x)) {
                common += w;
            }
        }
        double union = wa + wb - common;
        return new double[] {union == 0 ? 0 : common / union, Math.min(wa, wb) == 0 ? 0 : common / Math.min(wa, wb)};
    }

    /** Sentences of a text with two or more of them; a one-sentence text gives nothing. */
    static List<String> sentences(String text) {
        String[] split = text.split("(?<=[.;:])\\s+");
        return split.length < 2 ? List.of() : List.of(split);
    }

    private Finding finding(List<NormFacts> group, int[] cluster, List<Duplicates.Pair> pairs) {
        Set<Integer> members = new HashSet<>();
        for (int i : cluster) {
            members.add(i);
        }
        List<Duplicates.Pair> inside =
                pairs.stream().filter(p -> members.contains(p.a())).toList();
        boolean contained = inside.stream().anyMatch(p -> p.jaccard() < MIN_JACCARD);
        double lowest =
                inside.stream().mapToDouble(Duplicates.Pair::jaccard).min().orElse(1);
        String subtype = contained ? "contained" : lowest >= 0.999 ? "identical" : "near-identical";
        List<NormFacts> facts = new ArrayList<>();
        for (int i : cluster) {
            facts.add(group.get(i));
        }
        facts.sort(Comparator.comparing(NormFacts::address));
        List<FindingUnit> units = facts.stream().map(f -> f.unit).toList();
        List<Evidence> evidence = new ArrayList<>();
        for (int u = 0; u < facts.size(); u++) {
            evidence.addAll(differences(u, facts.get(u).text, facts.get(u == 0 ? 1 : 0).text));
        }
        Explanation explanation;
        if (contained) {
            NormFacts small = facts.stream()
                    .min(Comparator.comparingInt(f -> f.shingles.length))
                    .orElseThrow();
            NormFacts large = facts.stream()
                    .max(Comparator.comparingInt(f -> f.shingles.length))
                    .orElseThrow();
            explanation = Explain.of("explain.duplicate.contained", small.norm.citation(), large.norm.citation());
        } else {
            explanation = Explain.of(
                    "explain.duplicate." + subtype,
                    String.join("; ", facts.stream().map(f -> f.norm.citation()).toList()),
                    String.format(Locale.ROOT, "%.2f", lowest));
        }
        return Finding.of(FindingType.DUPLICATE, subtype, Finding.MEDIUM, units, evidence, explanation);
    }

    /** The words of one text that the other does not have: what was changed in the copy. */
    static List<Evidence> differences(int unit, String text, String other) {
        Set<String> theirs = new HashSet<>();
        for (Token t : Token.of(other)) {
            theirs.add(t.text());
        }
        List<Evidence> out = new ArrayList<>();
        for (Token t : Token.of(text)) {
            if (!theirs.contains(t.text()) && out.size() < MAX_EVIDENCE) {
                out.add(Evidence.of(unit, text, t.start(), t.end(), "differs"));
            }
        }
        return out;
    }

    static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
