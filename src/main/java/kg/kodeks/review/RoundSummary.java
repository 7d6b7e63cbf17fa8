package kg.kodeks.review;

import java.util.List;
import java.util.Map;

/**
 * The state of a round for the secretariat.
 *
 * @param round the round
 * @param total the number of comments
 * @param byStatus the count of comments per decision code, every code present
 * @param overdue the comments still open after the due date
 * @param byAuthor per author line, the count per decision code
 */
public record RoundSummary(
        Round round,
        int total,
        Map<String, Integer> byStatus,
        List<ListedComment> overdue,
        Map<String, Map<String, Integer>> byAuthor) {
    public RoundSummary {
        byStatus = Map.copyOf(byStatus);
        overdue = List.copyOf(overdue);
        byAuthor = Map.copyOf(byAuthor);
    }
}
