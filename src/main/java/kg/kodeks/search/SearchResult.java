package kg.kodeks.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits, best first, with the total number of matching units.
 *
 * @param total how many units match in all
 * @param language the language searched
 * @param page the page number
 * @param hits the hits of this page
 */
public record SearchResult(long total, String language, int page, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** The hits of this page grouped by act, acts in the order of their best hit. */
    public Map<String, List<SearchHit>> byAct() {
        Map<String, List<SearchHit>> groups = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            groups.computeIfAbsent(hit.act() + "/" + hit.lang(), k -> new ArrayList<>())
                    .add(hit);
        }
        return groups;
    }
}
