package kg.kodeks.drafts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kg.kodeks.model.Act;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;

/**
 * Compares two versions of the Code article by article. Articles are matched by their content,
 * not by their numbers, so an article that only got a new number is reported as renumbered and
 * an article that went to another chapter as moved; only what has no counterpart is added or
 * removed. Chapters are matched by their headings.
 */
public final class VersionDiff {
    /** Below this share of common words two articles are different articles. */
    static final double SAME_ARTICLE = 0.5;

    static final double SAME_CHAPTER = 0.4;

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");

    private VersionDiff() {}

    /** An article with what comparison needs: its chapter, its words, its content key. */
    record Article(Unit unit, Unit chapter, int index, List<String> tokens, String key, Set<String> words) {
        static Article of(Unit unit, Unit chapter, int index) {
            List<String> tokens = VersionDiff.tokens(unit);
            Set<String> words = new HashSet<>();
            for (String t : tokens) {
                words.add(t.toLowerCase(Locale.ROOT));
            }
            return new Article(unit, chapter, index, tokens, String.join(" ", tokens), words);
        }

        // Two articles are the same only when they are the same object: texts may repeat.
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** Which article of the older version each article of the newer one continues. */
    public record Matching(Map<Unit, Unit> newToOld, List<Article> oldArticles, List<Article> newArticles) {
        /** The older article that the newer one with this id continues, or null when it is new. */
        public Unit oldFor(String newEid) {
            for (Map.Entry<Unit, Unit> e : newToOld.entrySet()) {
                if (e.getKey().eid().equals(newEid) || e.getKey().shortEid().equals(newEid)) {
                    return e.getValue();
                }
            }
            return null;
        }
    }

    /** Compares two versions of the Code in one language. */
    public static List<Change> compare(Act older, Act newer) {
        List<Article> olds = articles(older);
        List<Article> news = articles(newer);
        Map<Article, Article> pairs = match(olds, news);
        List<Unit> oldChapters = chapters(older);
        List<Unit> newChapters = chapters(newer);
        Map<Unit, Unit> chapters = matchChapters(oldChapters, newChapters, pairs);
        List<Change> changes = new ArrayList<>(chapterChanges(oldChapters, newChapters, chapters));
        Set<Article> matchedOld = new HashSet<>(pairs.values());
        for (Article now : news) {
            Article was = pairs.get(now);
            if (was == null) {
                changes.add(new Change(
                        Change.ADDED,
                        Change.ARTICLE,
                        now.unit().eid(),
                        null,
                        now.unit().number(),
                        null,
                        now.unit().heading(),
                        List.of()));
                continue;
            }
            Change change = articleChange(was, now, chapters);
            if (change != null) {
                changes.add(change);
            }
        }
        for (Article was : olds) {
            if (!matchedOld.contains(was)) {
                changes.add(new Change(
                        Change.REMOVED,
                        Change.ARTICLE,
                        null,
                        was.unit().eid(),
                        null,
                        was.unit().number(),
                        was.unit().heading(),
                        List.of()));
            }
        }
        return changes;
    }

    /** The article matching alone, for following one article through history. */
    public static Matching matching(Act older, Act newer) {
        List<Article> olds = articles(older);
        List<Article> news = articles(newer);
        Map<Unit, Unit> out = new IdentityHashMap<>();
        match(olds, news).forEach((n, o) -> out.put(n.unit(), o.unit()));
        return new Matching(out, olds, news);
    }

    private static Change articleChange(Article was, Article now, Map<Unit, Unit> chapters) {
        boolean sameText = was.key().equals(now.key());
        List<WordOp> words = sameText ? List.of() : WordDiff.diff(was.tokens(), now.tokens());
        boolean moved = was.chapter() != null && now.chapter() != null && chapters.get(now.chapter()) != was.chapter();
        boolean renumbered = !was.unit().number().equals(now.unit().number());
        String kind;
        if (moved) {
            kind = Change.MOVED;
        } else if (renumbered) {
            kind = Change.RENUMBERED;
        } else if (!sameText) {
            kind = Change.MODIFIED;
        } else {
            return null;
        }
        return new Change(
                kind,
                Change.ARTICLE,
                now.unit().eid(),
                was.unit().eid(),
                now.unit().number(),
                was.unit().number(),
                now.unit().heading(),
                words);
    }

    private static List<Change> chapterChanges(List<Unit> olds, List<Unit> news, Map<Unit, Unit> newToOld) {
        List<Change> changes = new ArrayList<>();
        Set<Unit> matched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        matched.addAll(newToOld.values());
        for (Unit now : news) {
            Unit was = newToOld.get(now);
            if (was == null) {
                changes.add(new Change(
                        Change.ADDED, Change.CHAPTER, now.eid(), null, now.number(), null, now.heading(), List.of()));
            } else if (!was.heading().equals(now.heading())) {
                changes.add(new Change(
                        Change.MODIFIED,
                        Change.CHAPTER,
                        now.eid(),
                        was.eid(),
                        now.number(),
                        was.number(),
                        now.heading(),
                        WordDiff.diff(words(was.heading()), words(now.heading()))));
            } else if (!was.number().equals(now.number())) {
                changes.add(new Change(
                        Change.RENUMBERED,
                        Change.CHAPTER,
                        now.eid(),
                        was.eid(),
                        now.number(),
                        was.number(),
                        now.heading(),
                        List.of()));
            }
        }
        for (Unit was : olds) {
            if (!matched.contains(was)) {
                changes.add(new Change(
                        Change.REMOVED, Change.CHAPTER, null, was.eid(), null, was.number(), was.heading(), List.of()));
            }
        }
        return changes;
    }

    /** Pairs newer articles with older ones: same text first, then the most similar text. */
    private static Map<Article, Article> match(List<Article> olds, List<Article> news) {
        Map<Article, Article> pairs = new LinkedHashMap<>();
        Set<Article> usedOld = new HashSet<>();
        Map<String, List<Article>> byKey = new HashMap<>();
        for (Article a : olds) {
            byKey.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a);
        }
        // Same text and same number, then same text anywhere (a renumbered or moved article).
        for (int pass = 0; pass < 2; pass++) {
            for (Article now : news) {
                if (pairs.containsKey(now)) {
                    continue;
                }
                for (Article was : byKey.getOrDefault(now.key(), List.of())) {
                    if (!usedOld.contains(was)
                            && (pass == 1
                                    || was.unit().number().equals(now.unit().number()))) {
                        pairs.put(now, was);
                        usedOld.add(was);
                        break;
                    }
                }
            }
        }
        ArticlePairing.pair(news, olds, pairs, usedOld);
        return pairs;
    }

    /**
     * Pairs chapters: by heading first; a chapter whose heading changed altogether is still the
     * same chapter when most of its articles came from one old chapter left without a pair.
     */
    private static Map<Unit, Unit> matchChapters(List<Unit> olds, List<Unit> news, Map<Article, Article> articles) {
        Map<Unit, Unit> pairs = matchChapterHeadings(olds, news);
        Set<Unit> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        used.addAll(pairs.values());
        for (Unit now : news) {
            if (pairs.containsKey(now)) {
                continue;
            }
            Map<Unit, Integer> votes = new IdentityHashMap<>();
            int total = 0;
            for (Map.Entry<Article, Article> e : articles.entrySet()) {
                if (e.getKey().chapter() == now) {
                    total++;
                    Unit from = e.getValue().chapter();
                    if (from != null && !used.contains(from)) {
                        votes.merge(from, 1, Integer::sum);
                    }
                }
            }
            final int all = total;
            votes.entrySet().stream()
                    .filter(v -> 2 * v.getValue() > all)
                    .max(Map.Entry.comparingByValue())
                    .ifPresent(v -> {
                        pairs.put(now, v.getKey());
                        used.add(v.getKey());
                    });
        }
        return pairs;
    }

    private static Map<Unit, Unit> matchChapterHeadings(List<Unit> olds, List<Unit> news) {
        Map<Unit, Unit> pairs = new IdentityHashMap<>();
        Set<Unit> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object[]> candidates = new ArrayList<>();
        Map<Unit, Set<String>> headingWords = new IdentityHashMap<>();
        for (Unit chapter : olds) {
            headingWords.put(chapter, new HashSet<>(lower(words(chapter.heading()))));
        }
        for (Unit chapter : news) {
            headingWords.put(chapter, new HashSet<>(lower(words(chapter.heading()))));
        }
        for (Unit now : news) {
            for (Unit was : olds) {
                double score = now.heading().equals(was.heading())
                        ? 2
                        : similarity(headingWords.get(was), headingWords.get(now));
                if (score >= SAME_CHAPTER) {
                    candidates.add(new Object[] {was, now, score + (was.number().equals(now.number()) ? 0.01 : 0)});
                }
            }
        }
        candidates.sort((a, b) -> Double.compare((double) b[2], (double) a[2]));
        for (Object[] c : candidates) {
            Unit was = (Unit) c[0];
            Unit now = (Unit) c[1];
            if (!pairs.containsKey(now) && !used.contains(was)) {
                pairs.put(now, was);
                used.add(was);
            }
        }
        return pairs;
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    static List<Article> articles(Act act) {
        List<Article> out = new ArrayList<>();
        collect(act.units(), null, out);
        return out;
    }

    private static void collect(List<Unit> units, Unit chapter, List<Article> out) {
        for (Unit unit : units) {
            if (unit.kind() == UnitKind.ARTICLE) {
                out.add(Article.of(unit, chapter, out.size()));
            } else if (unit.kind().ordinal() < UnitKind.ARTICLE.ordinal()) {
                collect(unit.children(), unit.kind() == UnitKind.CHAPTER ? unit : chapter, out);
            }
        }
    }

    static List<Unit> chapters(Act act) {
        return act.allUnits().filter(u -> u.kind() == UnitKind.CHAPTER).toList();
    }

    /** The words of an article: its heading, then each unit's number mark and text. */
    static List<String> tokens(Unit article) {
        List<String> tokens = new ArrayList<>(words(article.heading()));
        tokens.addAll(words(article.text()));
        article.children().forEach(child -> addTokens(child, tokens));
        return tokens;
    }

    private static void addTokens(Unit unit, List<String> tokens) {
        tokens.add(unit.kind() == UnitKind.PART ? unit.number() + "." : unit.number() + ")");
        tokens.addAll(words(unit.text()));
        unit.children().forEach(child -> addTokens(child, tokens));
    }

    /** The text split at runs of whitespace ({@code \s+}), as that pattern would split it, without a pattern. */
    static List<String> words(String text) {
        String trimmed = text.trim();
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            if (isSpace(trimmed.charAt(i))) {
                if (i > start) {
                    words.add(trimmed.substring(start, i));
                }
                start = i + 1;
            }
        }
        if (start < trimmed.length()) {
            words.add(trimmed.substring(start));
        }
        return words;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static List<String> lower(List<String> words) {
        return words.stream()
                .map(w -> NOT_A_LETTER.matcher(w.toLowerCase(Locale.ROOT)).replaceAll(""))
                .toList();
    }
}
