package kg.kodeks.drafts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One change between two versions of the draft, for an article or a chapter.
 *
 * @param kind {@code added}, {@code removed}, {@code modified}, {@code renumbered} or {@code moved}
 * @param unit {@code article} or {@code chapter}
 * @param eid the element id in the newer version (null for removed units)
 * @param oldEid the element id in the older version (null for added units)
 * @param number the number in the newer version
 * @param oldNumber the number in the older version
 * @param heading the heading (the newer one when both exist)
 * @param words the word-level changes of the text, empty when the text is the same
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(
        String kind,
        String unit,
        String eid,
        String oldEid,
        String number,
        String oldNumber,
        String heading,
        List<WordOp> words) {
    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
    public static final String MODIFIED = "modified";
    public static final String RENUMBERED = "renumbered";
    public static final String MOVED = "moved";
    public static final String ARTICLE = "article";
    public static final String CHAPTER = "chapter";

    public Change {
        words = List.copyOf(words == null ? List.of() : words);
    }

    /** True when the text itself changed (not only the number or the place). */
    public boolean textChanged() {
        return words.stream().anyMatch(w -> !"=".equals(w.op()));
    }
}
