package kg.kodeks.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;

/**
 * The YAML files of review, one per round ({@code review/<round>/round.yaml}) and one per
 * comment ({@code review/<round>/<comment>.yaml}). One file per comment keeps concurrent work of
 * several drafters apart: a decision touches one small file, and two members' comments never
 * conflict on merge.
 */
final class ReviewFiles {
    static final String FOLDER = "review";
    static final String ROUND_FILE = "round.yaml";
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private ReviewFiles() {}

    static String roundPath(String roundId) {
        return FOLDER + "/" + roundId + "/" + ROUND_FILE;
    }

    static String commentPath(String roundId, String commentId) {
        return FOLDER + "/" + roundId + "/" + commentId + ".yaml";
    }

    static String write(Round round) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", round.id());
        m.put("version", round.version());
        m.put("commit", round.commit());
        m.put("lang", round.language().code());
        m.put("opened", round.opened().toString());
        m.put("due", round.due().toString());
        m.put("status", round.status());
        return dump(m);
    }

    static String write(Comment c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("round", c.round());
        m.put("author", c.author());
        m.put("organisation", c.organisation());
        m.put("date", c.date().toString());
        m.put("unit", c.unit());
        m.put("text", c.text());
        m.put("proposal", c.proposal());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("status", c.decision().code());
        d.put("reason", c.reason());
        d.put("by", c.decidedBy());
        d.put("date", c.decidedOn() == null ? null : c.decidedOn().toString());
        m.put("decision", d);
        return dump(m);
    }

    static Round readRound(String file, String text) throws KodeksException {
        Map<String, Object> m = load(file, text);
        try {
            String status = string(m, "status");
            return new Round(
                    string(m, "id"),
                    string(m, "version"),
                    string(m, "commit"),
                    Language.parse(string(m, "lang")),
                    LocalDate.parse(string(m, "opened")),
                    LocalDate.parse(string(m, "due")),
                    !"closed".equals(status));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new KodeksException(e, ReviewService.BUNDLE, "file.bad", file, String.valueOf(e.getMessage()));
        }
    }

    static Comment readComment(String file, String text) throws KodeksException {
        Map<String, Object> m = load(file, text);
        try {
            Map<?, ?> d = m.get("decision") instanceof Map<?, ?> map ? map : Map.of();
            Decision decision = Decision.parse(
                    d.get("status") == null ? "open" : d.get("status").toString());
            if (decision == null) {
                throw new IllegalArgumentException("decision status " + d.get("status"));
            }
            Object on = d.get("date");
            return new Comment(
                    string(m, "id"),
                    string(m, "round"),
                    string(m, "author"),
                    string(m, "organisation"),
                    LocalDate.parse(string(m, "date")),
                    string(m, "unit"),
                    string(m, "text"),
                    string(m, "proposal"),
                    decision,
                    str(d.get("reason")),
                    str(d.get("by")),
                    on == null || on.toString().isBlank() ? null : LocalDate.parse(on.toString()));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new KodeksException(e, ReviewService.BUNDLE, "file.bad", file, String.valueOf(e.getMessage()));
        }
    }

    private static String dump(Map<String, Object> m) {
        try {
            return YAML.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plain map must serialise", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String file, String text) throws KodeksException {
        try {
            Object value = YAML.readValue(text, Object.class);
            if (value instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            throw new KodeksException(ReviewService.BUNDLE, "file.bad", file, "not a mapping");
        } catch (JsonProcessingException e) {
            throw new KodeksException(e, ReviewService.BUNDLE, "file.bad", file, e.getOriginalMessage());
        }
    }

    private static String string(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static String str(Object v) {
        return v == null ? "" : v.toString();
    }
}
