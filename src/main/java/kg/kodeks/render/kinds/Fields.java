package kg.kodeks.render.kinds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import kg.kodeks.render.DateFormats;

/** Checks shared by the builders: required fields, lists of records, dates. */
final class Fields {
    static final String BUNDLE = "kg.kodeks.render.messages";

    private Fields() {}

    static Map<String, Object> copy(Map<String, Object> raw) {
        return new LinkedHashMap<>(raw);
    }

    static Object require(Map<String, Object> data, String field, DataSource source) throws KodeksException {
        Object v = data.get(field);
        if (v == null || (v instanceof String s && s.isBlank())) {
            throw new KodeksException(BUNDLE, "data.missing", source.file().toString(), field);
        }
        return v;
    }

    /** A required list of records; each gets {@code no}, its 1-based number. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> records(
            Map<String, Object> data, String field, DataSource source, String... required) throws KodeksException {
        Object v = data.get(field);
        if (!(v instanceof List<?> list)) {
            throw new KodeksException(BUNDLE, "data.notList", source.file().toString(), field);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw new KodeksException(
                        BUNDLE, "data.notRecord", source.file().toString(), field, i + 1);
            }
            Map<String, Object> item = new LinkedHashMap<>((Map<String, Object>) m);
            for (String r : required) {
                Object x = item.get(r);
                if (x == null || (x instanceof String s && s.isBlank())) {
                    throw new KodeksException(
                            BUNDLE, "data.missing", source.file().toString(), field + "[" + (i + 1) + "]." + r);
                }
            }
            item.put("no", i + 1);
            out.add(item);
        }
        data.put(field, out);
        data.put(field + "_count", out.size());
        return out;
    }

    static LocalDate date(Map<String, Object> data, String field, DataSource source) throws KodeksException {
        Object v = require(data, field, source);
        LocalDate d = DateFormats.parseIso(String.valueOf(v));
        if (d == null) {
            throw new KodeksException(BUNDLE, "data.badDate", source.file().toString(), field, String.valueOf(v));
        }
        return d;
    }

    /** Adds {@code period}: the date, or the days from {@code date} to {@code date_end}. */
    static void period(Map<String, Object> data, Language language, DataSource source) throws KodeksException {
        LocalDate from = date(data, "date", source);
        LocalDate to = data.get("date_end") == null ? from : date(data, "date_end", source);
        if (to.isBefore(from)) {
            throw new KodeksException(
                    BUNDLE, "data.badPeriod", source.file().toString(), from.toString(), to.toString());
        }
        data.put("period", DateFormats.period(from, to, language));
    }
}
