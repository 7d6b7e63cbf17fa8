package kg.kodeks.render.kinds;

import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;

/**
 * A comparative table: for each unit of the draft, the current wording of its source norms, the
 * wording in the draft and the reasoning. Later built from the draft's source annotations; for
 * now from data in the same shape.
 */
public final class ComparativeTableData implements DataBuilder {
    @Override
    public Map<String, Object> build(Map<String, Object> raw, Language language, DataSource source)
            throws KodeksException {
        Map<String, Object> data = Fields.copy(raw);
        Fields.require(data, "title", source);
        Fields.period(data, language, source);
        Fields.records(data, "rows", source, "unit", "current", "draft", "reasoning");
        return data;
    }
}
