package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * How close the actions of two norms are ({@link Action}: the verb and its object, the power
 * exercised), as TF-IDF cosines over the actions of one language's norms: one vector per norm
 * for finding candidates, one per modal word for comparing what each modal word governs. Two
 * norms that state the same power share few other words when one of them adds a condition, a
 * deadline or a list lead-in; their actions still meet.
 */
final class ActionSimilarity {
    /**
     * The action cosine at which two norms exercise the same power, however little else they
     * share (their topic cosine may be far below {@link ConflictFinder#MODALITY_TOPIC}).
     */
    static final double SAME_ACTION = 0.5;
    /** The action cosine below which two norms on close topics oblige or permit different things. */
    static final double SOME_ACTION = 0.3;

    /**
     * Below this many norms the share of norms that use a word says nothing about how rare it is
     * (in a pair, a shared word would weigh less than any other), so every word weighs the same.
     */
    static final int MIN_NORMS_FOR_RARITY = 20;

    private final List<Map<String, Double>> vectors;
    private final Map<String, Integer> df = new HashMap<>();
    private final int size;
    private final Map<NormFacts, Map<String, Double>> byNorm = new java.util.IdentityHashMap<>();
    private final Map<NormFacts.MarkedAction, Map<String, Double>> byMarker = new java.util.IdentityHashMap<>();

    ActionSimilarity(List<NormFacts> group) {
        for (NormFacts n : group) {
            for (String t : new HashSet<>(n.actionTerms)) {
                df.merge(t, 1, Integer::sum);
            }
        }
        size = Math.max(1, group.size());
        vectors = new ArrayList<>();
        for (NormFacts n : group) {
            Map<String, Double> v = vector(n.actionTerms);
            byNorm.put(n, v);
            vectors.add(v);
        }
    }

    /**
     * The pairs of the group (indices, the first in the high half) whose actions may reach
     * {@link #SAME_ACTION}; every pair of a group too small to tell rare words from common ones.
     */
    List<Long> candidates() {
        if (vectors.size() >= MIN_NORMS_FOR_RARITY) {
            return ConflictFinder.candidates(vectors, SAME_ACTION);
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (int j = i + 1; j < vectors.size(); j++) {
                out.add(((long) i << 32) | j);
            }
        }
        return out;
    }

    /** The cosine of the two norms' actions, all modal words together. */
    double similarity(NormFacts a, NormFacts b) {
        return ConflictFinder.cosine(norm(a), norm(b));
    }

    private Map<String, Double> norm(NormFacts n) {
        return byNorm.computeIfAbsent(n, k -> vector(k.actionTerms));
    }

    double similarity(NormFacts.MarkedAction x, NormFacts.MarkedAction y) {
        return ConflictFinder.cosine(
                byMarker.computeIfAbsent(x, k -> vector(k.terms())),
                byMarker.computeIfAbsent(y, k -> vector(k.terms())));
    }

    /**
     * Whether two modal words of two norms on close topics may govern one action: their actions
     * share some words ({@link #SOME_ACTION}) and are not done to different things. Two norms
     * on one subject often oblige and permit different things: a servant is obliged to keep the
     * <b>rules</b> of ethics, and a <b>breach</b> of ethics may lead to a penalty.
     */
    boolean sameAction(NormFacts a, Modality.Marker ma, NormFacts b, Modality.Marker mb) {
        NormFacts.MarkedAction x = a.actions.stream()
                .filter(m -> m.marker().equals(ma))
                .findFirst()
                .orElse(null);
        NormFacts.MarkedAction y = b.actions.stream()
                .filter(m -> m.marker().equals(mb))
                .findFirst()
                .orElse(null);
        return x == null || y == null || similarity(x, y) >= SOME_ACTION && !x.otherObject(y);
    }

    /**
     * Two modal words of the two norms that give the same action, for the same addressee,
     * different modalities (the closest such pair), or null. A norm that says the same thing
     * with the other's modal word as well («вправе …» next to «обязан …» on the same action)
     * is not contradicted by it.
     */
    Modality.Marker[] opposed(NormFacts a, NormFacts b) {
        Modality.Marker[] best = null;
        double bestScore = SAME_ACTION;
        for (NormFacts.MarkedAction x : a.actions) {
            for (NormFacts.MarkedAction y : b.actions) {
                Modality mx = x.marker().modality();
                Modality my = y.marker().modality();
                if (mx == Modality.NONE || my == Modality.NONE || mx == my || !sameSubject(x, y) || x.otherObject(y)) {
                    continue;
                }
                double s = similarity(x, y);
                if (s >= bestScore && !alsoSays(b, x, s) && !alsoSays(a, y, s)) {
                    best = new Modality.Marker[] {x.marker(), y.marker()};
                    bestScore = s;
                }
            }
        }
        return best;
    }

    /** The norm states the action with the same modal word as well, at least as closely. */
    private boolean alsoSays(NormFacts n, NormFacts.MarkedAction x, double score) {
        return n.actions.stream()
                .anyMatch(y -> y.marker().modality() == x.marker().modality() && similarity(x, y) >= score);
    }

    private static boolean sameSubject(NormFacts.MarkedAction x, NormFacts.MarkedAction y) {
        return x.subject() == null || y.subject() == null || Bodies.compatible(x.subject(), y.subject());
    }

    private Map<String, Double> vector(List<String> terms) {
        Map<String, Double> tf = new HashMap<>();
        for (String t : terms) {
            tf.merge(t, 1.0, Double::sum);
        }
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            double rarity =
                    size < MIN_NORMS_FOR_RARITY ? 1 : Math.log(1.0 + (double) size / df.getOrDefault(e.getKey(), 1));
            double w = (1 + Math.log(e.getValue())) * rarity;
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double len = Math.sqrt(norm);
        v.replaceAll((k, w) -> len == 0 ? 0 : w / len);
        return v;
    }
}
