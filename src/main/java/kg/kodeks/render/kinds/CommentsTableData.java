package kg.kodeks.render.kinds;

import java.util.List;
import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;

/**
 * The summary table of a review round: each comment with its unit, author, text, the drafters'
 * response and decision; counts of accepted and rejected ones.
 */
public final class CommentsTableData implements DataBuilder {
    @Override
    public Map<String, Object> build(Map<String, Object> raw, Language language, DataSource source)
            throws KodeksException {
        Map<String, Object> data = Fields.copy(raw);
        Fields.require(data, "title", source);
        Fields.require(data, "round", source);
        Fields.period(data, language, source);
        List<Map<String, Object>> comments =
                Fields.records(data, "comments", source, "unit", "author", "text", "decision");
        comments.forEach(c -> c.putIfAbsent("response", ""));
        data.put(
                "accepted_count",
                comments.stream()
                        .filter(c -> "accepted".equals(c.get("status")))
                        .count());
        data.put(
                "rejected_count",
                comments.stream()
                        .filter(c -> "rejected".equals(c.get("status")))
                        .count());
        return data;
    }
}
