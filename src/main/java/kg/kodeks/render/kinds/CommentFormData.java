package kg.kodeks.render.kinds;

import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;

/** The form members fill in for a review round: the units under review with a column for comments. */
public final class CommentFormData implements DataBuilder {
    @Override
    public Map<String, Object> build(Map<String, Object> raw, Language language, DataSource source)
            throws KodeksException {
        Map<String, Object> data = Fields.copy(raw);
        Fields.require(data, "title", source);
        Fields.require(data, "round", source);
        Fields.period(data, language, source);
        data.put("deadline", Fields.date(data, "deadline", source).toString());
        Fields.records(data, "units", source, "unit", "text");
        return data;
    }
}
