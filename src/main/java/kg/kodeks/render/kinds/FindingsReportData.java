package kg.kodeks.render.kinds;

import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;

/** A findings report: the contradictions, gaps and defects found, each with its units and advice. */
public final class FindingsReportData implements DataBuilder {
    @Override
    public Map<String, Object> build(Map<String, Object> raw, Language language, DataSource source)
            throws KodeksException {
        Map<String, Object> data = Fields.copy(raw);
        Fields.require(data, "title", source);
        Fields.period(data, language, source);
        Fields.records(data, "findings", source, "kind", "units", "description", "recommendation");
        return data;
    }
}
