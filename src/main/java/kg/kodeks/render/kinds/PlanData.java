package kg.kodeks.render.kinds;

import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;

/** A plan of measures: measure, deadline, responsible, expected result. */
public final class PlanData implements DataBuilder {
    @Override
    public Map<String, Object> build(Map<String, Object> raw, Language language, DataSource source)
            throws KodeksException {
        Map<String, Object> data = Fields.copy(raw);
        Fields.require(data, "title", source);
        Fields.period(data, language, source);
        Fields.records(data, "measures", source, "measure", "deadline", "responsible", "result");
        return data;
    }
}
