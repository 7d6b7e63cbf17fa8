package kg.kodeks.render.kinds;

import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;

/** Turns the raw data of one document kind into what its template reads. */
public interface DataBuilder {
    /**
     * @param raw the data as read (not changed)
     * @param language the language of the document
     * @param source where the data came from, for messages and for files named in the data
     * @return the data with computed fields added
     */
    Map<String, Object> build(Map<String, Object> raw, Language language, DataSource source) throws KodeksException;
}
