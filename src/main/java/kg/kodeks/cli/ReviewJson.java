package kg.kodeks.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.kodeks.review.Comment;
import kg.kodeks.review.ImportReport;
import kg.kodeks.review.ListedComment;
import kg.kodeks.review.Round;
import kg.kodeks.review.RoundSummary;

/** The JSON shapes of the review commands, built as ordered maps so field order is stable. */
final class ReviewJson {
    private ReviewJson() {}

    static Map<String, Object> round(Round r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("version", r.version());
        m.put("commit", r.commit());
        m.put("lang", r.language().code());
        m.put("opened", r.opened().toString());
        m.put("due", r.due().toString());
        m.put("status", r.status());
        return m;
    }

    static Map<String, Object> comment(Comment c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("round", c.round());
        m.put("author", c.authorLine());
        m.put("date", c.date().toString());
        m.put("unit", c.unit());
        m.put("text", c.text());
        m.put("proposal", c.proposal().isEmpty() ? null : c.proposal());
        m.put("status", c.decision().code());
        m.put("reason", c.reason().isEmpty() ? null : c.reason());
        m.put("decidedBy", c.decidedBy().isEmpty() ? null : c.decidedBy());
        m.put("decidedOn", c.decidedOn() == null ? null : c.decidedOn().toString());
        return m;
    }

    /** The {@code list} item: the comment, and where its unit stands in the newest version. */
    static Map<String, Object> listed(ListedComment l) {
        Map<String, Object> m = comment(l.comment());
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : List.of("id", "round", "author", "unit")) {
            out.put(key, m.get(key));
        }
        out.put("currentUnit", l.anchor().unit());
        out.put("anchor", l.anchor().how());
        out.put("confidence", l.anchor().confidence());
        out.put("citation", l.citation());
        out.put("currentCitation", l.currentCitation());
        m.forEach(out::putIfAbsent);
        return out;
    }

    static Map<String, Object> summary(RoundSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("round", round(s.round()));
        m.put("total", s.total());
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (String code : List.of("open", "accepted", "partly", "rejected")) {
            byStatus.put(code, s.byStatus().getOrDefault(code, 0));
        }
        m.put("byStatus", byStatus);
        m.put("overdue", s.overdue().stream().map(ReviewJson::listed).toList());
        m.put("byAuthor", new java.util.TreeMap<>(s.byAuthor()));
        return m;
    }

    static Map<String, Object> importReport(ImportReport r, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("added", r.added().stream().map(ReviewJson::comment).toList());
        m.put(
                "unplaced",
                r.unplaced().stream()
                        .map(u -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("row", u.row());
                            row.put("unit", u.unit());
                            row.put("comment", u.comment());
                            row.put("reason", u.reason(locale));
                            return row;
                        })
                        .toList());
        return m;
    }
}
