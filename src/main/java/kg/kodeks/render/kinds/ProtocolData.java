package kg.kodeks.render.kinds;

import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;

/**
 * A meeting protocol: number, period, place, chair, participants (counted), agenda, what was
 * heard and decided (Markdown), assignments with deadlines.
 */
public final class ProtocolData implements DataBuilder {
    @Override
    public Map<String, Object> build(Map<String, Object> raw, Language language, DataSource source)
            throws KodeksException {
        Map<String, Object> data = Fields.copy(raw);
        Fields.require(data, "number", source);
        Fields.require(data, "place", source);
        Fields.require(data, "chair", source);
        Fields.require(data, "heard", source);
        Fields.require(data, "decided", source);
        Fields.period(data, language, source);
        Fields.records(data, "participants", source, "name", "organization");
        Fields.records(data, "agenda", source, "item");
        Fields.records(data, "assignments", source, "task", "responsible", "deadline");
        return data;
    }
}
