package kg.kodeks.drafts;

import java.util.List;

/**
 * The article-level changes between two versions of the draft in one language.
 *
 * @param from the older version as the user named it
 * @param to the newer version as the user named it
 * @param lang the language compared ({@code rus} or {@code kir})
 * @param changes chapter changes first, then article changes in the order of the newer text,
 *     then removed articles in the order of the older one
 */
public record Comparison(String from, String to, String lang, List<Change> changes) {
    public Comparison {
        changes = List.copyOf(changes);
    }

    /** The changes of one kind. */
    public List<Change> of(String kind) {
        return changes.stream().filter(c -> c.kind().equals(kind)).toList();
    }
}
