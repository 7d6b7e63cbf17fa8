package kg.kodeks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import kg.kodeks.model.Norm;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

    private static List<Act> acts(long seed, int norms) {
        List<Act> acts = new ArrayList<>();
        new SyntheticCorpus(seed, norms).forEach(acts::add);
        return acts;
    }

    @Test
    void sameSeedGivesSameCorpus() {
        assertEquals(acts(1, 1_000), acts(1, 1_000));
        assertNotEquals(acts(1, 1_000), acts(2, 1_000));
    }

    @Test
    void makesAboutTheRequestedNumberOfNormsInPairsOfLanguages() {
        List<Act> acts = acts(1, 2_000);
        int norms = acts.stream().mapToInt(a -> a.norms().size()).sum();
        assertTrue(norms >= 2_000 && norms < 2_000 + 2 * 5 * SyntheticCorpus.ARTICLES_PER_ACT, "norms: " + norms);
        assertEquals(
                acts.size() / 2,
                acts.stream().filter(a -> a.meta().language() == Language.KIR).count());
        assertEquals(acts.get(0).meta().work(), acts.get(1).meta().work());
        assertEquals(
                acts.get(0).norms().stream().map(Norm::eid).toList(),
                acts.get(1).norms().stream().map(Norm::eid).toList());
    }

    @Test
    void normsHaveRealisticLengths() {
        List<Integer> words = acts(3, 3_000).stream()
                .flatMap(a -> a.norms().stream())
                .map(n -> n.text().split(" ").length)
                .toList();
        double mean = words.stream().mapToInt(Integer::intValue).average().orElse(0);
        assertTrue(mean > 15 && mean < 45, "mean words per norm: " + mean);
        assertTrue(words.stream().allMatch(w -> w >= 8 && w <= 90));
    }
}
