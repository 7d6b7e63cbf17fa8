package kg.kodeks.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.kodeks.model.Act;
import kg.kodeks.model.ElementIds;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;

/**
 * Follows a unit from one version of the draft to another. First by structure: the same
 * element id whose text is still similar. Otherwise by content: the unit of the same kind whose
 * words overlap most with the old text. A unit inside an article is looked for first inside
 * the article that the old article became, so a part keeps following its article after the
 * article is renumbered. Below {@link #MIN_SIMILARITY} nothing is taken: the unit is reported
 * as removed rather than guessed.
 */
public final class Anchoring {
    /** Below this token overlap two texts are taken as different units. */
    static final double MIN_SIMILARITY = 0.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Act from;
    private final Act to;
    private final List<Unit> toUnits;
    /** Word sets by unit, so following many comments between the same two versions stays cheap. */
    private final Map<Unit, Set<String>> words = new IdentityHashMap<>();

    /** Follows units from one version to another; keeps the words of both versions' units. */
    public Anchoring(Act from, Act to) {
        this.from = from;
        this.to = to;
        this.toUnits = to.allUnits().toList();
    }

    /** Where the unit {@code eid} of {@code from} stands in {@code to}. */
    public static Anchor follow(Act from, String eid, Act to) {
        return new Anchoring(from, to).follow(eid);
    }

    /** Where the unit {@code eid} of the first version stands in the second. */
    public Anchor follow(String eid) {
        Optional<Unit> old = from.find(eid);
        if (old.isEmpty()) {
            return Anchor.removed();
        }
        List<Unit> path = from.pathTo(old.get().eid());
        Unit article = path.stream()
                .filter(u -> u.kind() == UnitKind.ARTICLE)
                .findFirst()
                .orElse(null);
        if (article != null && article != old.get()) {
            Anchor articleAnchor = follow(article.eid());
            if (!articleAnchor.isRemoved()) {
                Unit newArticle = to.find(articleAnchor.unit()).orElseThrow();
                String rest = old.get().eid().substring(article.eid().length());
                Anchor inside = followIn(
                        old.get(), newArticle.eid() + rest, newArticle.flatten().toList());
                if (!inside.isRemoved()) {
                    double confidence = Math.min(inside.confidence(), articleAnchor.confidence());
                    String how = inside.how().equals(Anchor.SAME)
                                    && !articleAnchor.how().equals(Anchor.SAME)
                            ? articleAnchor.how()
                            : inside.how();
                    return new Anchor(inside.unit(), how, confidence);
                }
            }
        }
        return followIn(old.get(), old.get().eid(), toUnits);
    }

    /** Looks for {@code old} among {@code candidates}, preferring the one with id {@code expectedEid}. */
    private Anchor followIn(Unit old, String expectedEid, List<Unit> candidates) {
        Set<String> oldWords = wordsOf(old);
        String expectedShort = ElementIds.shortForm(expectedEid);
        for (Unit u : candidates) {
            if (u.kind() == old.kind()
                    && (u.eid().equals(expectedEid) || u.shortEid().equals(expectedShort))) {
                double sim = similarity(oldWords, wordsOf(u));
                if (sim >= 0.999) {
                    return new Anchor(u.eid(), u.eid().equals(old.eid()) ? Anchor.SAME : Anchor.MOVED, 1.0);
                }
                if (sim >= MIN_SIMILARITY) {
                    return new Anchor(u.eid(), u.eid().equals(old.eid()) ? Anchor.EDITED : Anchor.MOVED, round(sim));
                }
            }
        }
        Unit best = null;
        double bestSim = 0;
        for (Unit u : candidates) {
            if (u.kind() != old.kind()) {
                continue;
            }
            double sim = similarity(oldWords, wordsOf(u));
            if (sim > bestSim) {
                best = u;
                bestSim = sim;
            }
        }
        if (best == null || bestSim < MIN_SIMILARITY) {
            return Anchor.removed();
        }
        return new Anchor(
                best.eid(),
                best.eid().equals(old.eid()) ? Anchor.EDITED : Anchor.MOVED,
                round(bestSim >= 0.999 ? 0.95 : bestSim * 0.95));
    }

    private Set<String> wordsOf(Unit unit) {
        return words.computeIfAbsent(unit, u -> words(fullText(u)));
    }

    /** The heading and text of a unit and of everything inside it. */
    static String fullText(Unit unit) {
        StringBuilder out = new StringBuilder();
        unit.flatten()
                .forEach(u ->
                        out.append(u.heading()).append(' ').append(u.text()).append(' '));
        return out.toString();
    }

    /** The words of a text, lower case; numbers are left out, since renumbering changes them. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!w.chars().allMatch(Character::isDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Dice overlap of two word sets, from 0 (nothing shared) to 1 (the same words). */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        List<String> smaller = new ArrayList<>(a.size() <= b.size() ? a : b);
        Set<String> larger = a.size() <= b.size() ? b : a;
        long shared = smaller.stream().filter(larger::contains).count();
        return 2.0 * shared / (a.size() + b.size());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
