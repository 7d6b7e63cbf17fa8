package kg.kodeks.render.kinds;

import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;

/** A press release after a working-group event: title, place, period, Markdown body. */
public final class PressReleaseData implements DataBuilder {
    @Override
    public Map<String, Object> build(Map<String, Object> raw, Language language, DataSource source)
            throws KodeksException {
        Map<String, Object> data = Fields.copy(raw);
        Fields.require(data, "title", source);
        Fields.require(data, "body", source);
        Fields.period(data, language, source);
        data.putIfAbsent("place", "");
        data.putIfAbsent("contact", "");
        return data;
    }
}
