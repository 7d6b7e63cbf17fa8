package kg.kodeks.findings;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.Objects;

/**
 * An expert's decision on a finding.
 *
 * @param status {@code confirmed} or {@code not-a-problem}
 * @param reason why
 * @param by who decided
 * @param at when (ISO-8601 instant)
 * @param stale true when the texts of the units changed since the decision was taken
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Decision(String status, String reason, String by, String at, boolean stale) {
    public static final String CONFIRMED = "confirmed";
    public static final String NOT_A_PROBLEM = "not-a-problem";

    public Decision {
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        by = by == null ? "" : by;
        at = at == null ? "" : at;
    }

    /** Reads a status as typed: {@code confirmed}, {@code not-a-problem} (underscores and case ignored). */
    static String parseStatus(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (s.equals(CONFIRMED) || s.equals(NOT_A_PROBLEM)) {
            return s;
        }
        return null;
    }

    Decision asStale() {
        return new Decision(status, reason, by, at, true);
    }
}
