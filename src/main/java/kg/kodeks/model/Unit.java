package kg.kodeks.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One structural unit of an act or of the Code: a section, chapter, article, part, point or
 * subpoint.
 *
 * @param kind the level of the unit
 * @param eid the full Akoma Ntoso element id, as in {@code chp_3__art_12__para_2}
 * @param number the number as written ({@code 12}, {@code 12-1}, {@code II}, {@code а})
 * @param heading the heading of a section, chapter or article; empty for parts and points
 * @param text the unit's own text (for a part with points: the words that lead into them)
 * @param repealed true when the unit is kept only to say it was repealed
 * @param notes editorial notes attached to the unit, such as «В редакции Закона КР от …»
 * @param line the line of the source file where the unit starts (1-based; 0 when unknown)
 * @param children the units inside, in order
 */
public record Unit(
        UnitKind kind,
        String eid,
        String number,
        String heading,
        String text,
        boolean repealed,
        List<String> notes,
        int line,
        List<Unit> children) {

    public Unit {
        Objects.requireNonNull(kind, "kind");
        if (eid == null || eid.isBlank()) {
            throw new IllegalArgumentException("a unit needs an element id");
        }
        number = number == null ? "" : number;
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
        notes = List.copyOf(notes == null ? List.of() : notes);
        children = List.copyOf(children == null ? List.of() : children);
    }

    /** The element id in the short form that starts at the article. */
    public String shortEid() {
        return ElementIds.shortForm(eid);
    }

    /** True when the unit carries text of its own. */
    public boolean hasText() {
        return !text.isBlank();
    }

    /** This unit and every unit inside it, depth first. */
    public Stream<Unit> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Unit::flatten));
    }

    /** The children of the given kind. */
    public List<Unit> children(UnitKind childKind) {
        List<Unit> out = new ArrayList<>();
        for (Unit child : children) {
            if (child.kind == childKind) {
                out.add(child);
            }
        }
        return out;
    }

    /** A copy with other children (used by parsers that build the tree bottom-up). */
    public Unit withChildren(List<Unit> newChildren) {
        return new Unit(kind, eid, number, heading, text, repealed, notes, line, newChildren);
    }
}
