package kg.kodeks.findings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import kg.kodeks.model.ActMeta;
import kg.kodeks.model.Norm;
import kg.kodeks.model.Unit;

/**
 * One unit involved in a finding, as a lawyer reads it.
 *
 * @param eid the short element id (from the article down)
 * @param act the work URI of the act
 * @param lang {@code kir} or {@code rus}
 * @param citation the citation in the unit's language
 * @param text the text the evidence offsets refer to (a point's text with its lead-in)
 */
public record FindingUnit(String eid, String act, String lang, String citation, String text) {

    public FindingUnit {
        Objects.requireNonNull(eid, "eid");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(lang, "lang");
        citation = citation == null ? "" : citation;
        text = text == null ? "" : text;
    }

    static FindingUnit of(Norm norm) {
        return new FindingUnit(
                norm.unit().shortEid(),
                norm.act().work().uri(),
                norm.language().code(),
                norm.citation(),
                norm.fullText());
    }

    static FindingUnit of(ActMeta act, java.util.List<Unit> path, String text) {
        return new FindingUnit(
                path.get(path.size() - 1).shortEid(),
                act.work().uri(),
                act.language().code(),
                kg.kodeks.model.Citations.cite(act, path),
                text);
    }

    /** The full address {@code <work>/<lang>#<eid>}, as used by ground truth and decisions. */
    @JsonIgnore
    public String address() {
        return act + "/" + lang + "#" + eid;
    }
}
