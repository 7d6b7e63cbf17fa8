package kg.kodeks.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import kg.kodeks.drafts.VersionDiff.Article;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;
import org.junit.jupiter.api.Test;

/** Articles are paired by similarity exactly as when every candidate pair is sorted first. */
class ArticlePairingTest {
    private static final String[] WORDS = "кенеш бюджет айыл аймак жители сессия устав мэр налог срок".split(" ");

    @Test
    void randomArticlesArePairedAsBySortingEveryCandidatePair() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<Article> olds = articles(random, 1 + random.nextInt(40));
            List<Article> news = articles(random, 1 + random.nextInt(40));
            Map<Article, Article> pairs = new LinkedHashMap<>();
            ArticlePairing.pair(news, olds, pairs, new HashSet<>());
            assertEquals(indexes(sortedWhole(olds, news), news, olds), indexes(pairs, news, olds), "round " + round);
        }
    }

    @Test
    void articlesWithoutCommonWordsStayUnpaired() {
        List<Article> olds = List.of(article(0, "1", "кенеш бюджет"));
        List<Article> news = List.of(article(0, "1", "мэр налог"));
        Map<Article, Article> pairs = new LinkedHashMap<>();
        ArticlePairing.pair(news, olds, pairs, new HashSet<>());
        assertEquals(Map.of(), pairs);
    }

    /** Short texts from ten words: many pairs alike, many equal scores. */
    private static List<Article> articles(Random random, int count) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 1 + random.nextInt(5); w > 0; w--) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            out.add(article(i, String.valueOf(1 + random.nextInt(count)), text.toString()));
        }
        return out;
    }

    private static Article article(int index, String number, String text) {
        Unit unit = new Unit(UnitKind.ARTICLE, "art_" + number, number, "", text, false, List.of(), 0, List.of());
        return Article.of(unit, null, index);
    }

    /** The pairing as it was written before: every candidate pair, sorted, then taken greedily. */
    private static Map<Article, Article> sortedWhole(List<Article> olds, List<Article> news) {
        record Candidate(Article was, Article now, double score) {}
        List<Candidate> candidates = new ArrayList<>();
        for (Article now : news) {
            for (Article was : olds) {
                double score = VersionDiff.similarity(was.words(), now.words());
                if (score >= VersionDiff.SAME_ARTICLE) {
                    double bonus = (was.unit().number().equals(now.unit().number()) ? 0.02 : 0)
                            - Math.abs(was.index() - now.index()) * 1e-6;
                    candidates.add(new Candidate(was, now, score + bonus));
                }
            }
        }
        candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
        Map<Article, Article> pairs = new LinkedHashMap<>();
        Set<Article> used = new HashSet<>();
        for (Candidate c : candidates) {
            if (!pairs.containsKey(c.now()) && !used.contains(c.was())) {
                pairs.put(c.now(), c.was());
                used.add(c.was());
            }
        }
        return pairs;
    }

    /** The pairs as positions, in the order they were made. */
    private static List<List<Integer>> indexes(Map<Article, Article> pairs, List<Article> news, List<Article> olds) {
        List<List<Integer>> out = new ArrayList<>();
        pairs.forEach((now, was) -> out.add(List.of(news.indexOf(now), olds.indexOf(was))));
        return out;
    }
}
