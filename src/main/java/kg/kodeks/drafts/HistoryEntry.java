package kg.kodeks.drafts;

import java.util.List;

/**
 * One step in the history of an article: a commit that added, changed or renumbered it.
 *
 * @param commit the commit
 * @param kind {@code added}, {@code modified}, {@code renumbered} or {@code moved}
 * @param eid the article's id after the commit
 * @param number its number after the commit
 * @param oldNumber its number before the commit (null when added)
 * @param words the word-level changes the commit made to it
 */
public record HistoryEntry(
        CommitInfo commit, String kind, String eid, String number, String oldNumber, List<WordOp> words) {
    public HistoryEntry {
        words = List.copyOf(words == null ? List.of() : words);
    }
}
