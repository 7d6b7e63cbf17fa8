package kg.kodeks.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The smallest unit that carries text — a part, a point, a subpoint, or an article without
 * parts — with what is needed to read and cite it on its own.
 *
 * @param act the act it belongs to
 * @param path the units from the outermost (section or chapter) down to the norm's own unit
 * @param lead the words of the enclosing unit that lead into this one («Органы … обязаны:»),
 *     empty when there are none
 */
public record Norm(ActMeta act, List<Unit> path, String lead) {

    public Norm {
        Objects.requireNonNull(act, "act");
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a norm needs its unit");
        }
        lead = lead == null ? "" : lead;
    }

    public Unit unit() {
        return path.get(path.size() - 1);
    }

    public String eid() {
        return unit().eid();
    }

    public Language language() {
        return act.language();
    }

    public UnitRef ref() {
        return act.ref(eid());
    }

    /** The norm's own text. */
    public String text() {
        return unit().text();
    }

    /** The text with its lead-in, as a reader understands it. */
    public String fullText() {
        return lead.isEmpty() ? text() : lead + " " + text();
    }

    public boolean repealed() {
        return path.stream().anyMatch(Unit::repealed) || act.status() == ActStatus.REPEALED;
    }

    /** The article that holds this norm, or null for text outside articles. */
    public Unit article() {
        return path.stream()
                .filter(u -> u.kind() == UnitKind.ARTICLE)
                .findFirst()
                .orElse(null);
    }

    /** The headings of the enclosing section, chapter and article, joined by « › ». */
    public String headingPath() {
        return path.stream()
                .filter(u -> u.kind().ordinal() <= UnitKind.ARTICLE.ordinal())
                .map(u -> Citations.unitLabel(u, act.language()) + (u.heading().isEmpty() ? "" : ". " + u.heading()))
                .collect(Collectors.joining(" › "));
    }

    /** The citation as a lawyer writes it, in the act's language. */
    public String citation() {
        return Citations.cite(act, path);
    }
}
