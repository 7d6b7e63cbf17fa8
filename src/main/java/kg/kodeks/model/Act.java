package kg.kodeks.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One language version of an act (or of the Code): its metadata, the text before its first
 * structural unit, and its units.
 */
public record Act(ActMeta meta, String preamble, List<Unit> units) {

    public Act {
        Objects.requireNonNull(meta, "meta");
        preamble = preamble == null ? "" : preamble;
        units = List.copyOf(units);
    }

    /** Every unit, depth first. */
    public Stream<Unit> allUnits() {
        return units.stream().flatMap(Unit::flatten);
    }

    /** The articles in order. */
    public List<Unit> articles() {
        return allUnits().filter(u -> u.kind() == UnitKind.ARTICLE).toList();
    }

    /** Finds a unit by its full element id or by the short one that starts at the article. */
    public Optional<Unit> find(String eid) {
        if (eid == null || eid.isBlank()) {
            return Optional.empty();
        }
        return allUnits()
                .filter(u -> u.eid().equals(eid))
                .findFirst()
                .or(() -> allUnits().filter(u -> u.shortEid().equals(eid)).findFirst());
    }

    /** The units from the outermost down to the one with this id; empty when there is none. */
    public List<Unit> pathTo(String eid) {
        List<Unit> path = new ArrayList<>();
        for (Unit unit : units) {
            if (collectPath(unit, eid, path)) {
                return List.copyOf(path);
            }
        }
        return List.of();
    }

    private static boolean collectPath(Unit unit, String eid, List<Unit> path) {
        path.add(unit);
        if (unit.eid().equals(eid) || unit.shortEid().equals(eid)) {
            return true;
        }
        for (Unit child : unit.children()) {
            if (collectPath(child, eid, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    /**
     * The norms of the act, in order: every article, part, point or subpoint that carries text
     * and has no child carrying text of its own. A unit whose text only leads into its points is
     * the lead of those points, not a norm.
     */
    public List<Norm> norms() {
        List<Norm> norms = new ArrayList<>();
        for (Unit unit : units) {
            collectNorms(unit, new ArrayList<>(), "", norms);
        }
        return norms;
    }

    private void collectNorms(Unit unit, List<Unit> path, String lead, List<Norm> out) {
        path.add(unit);
        boolean childrenCarryText = unit.children().stream().anyMatch(Act::carriesText);
        if (unit.kind().carriesNorms() && unit.hasText() && !childrenCarryText) {
            out.add(new Norm(meta, path, lead));
        }
        String childLead = unit.kind().carriesNorms() && unit.hasText() ? joinLead(lead, unit.text()) : lead;
        for (Unit child : unit.children()) {
            boolean ledIn = child.kind() == UnitKind.POINT || child.kind() == UnitKind.SUBPOINT;
            collectNorms(child, path, ledIn ? childLead : "", out);
        }
        path.remove(path.size() - 1);
    }

    private static boolean carriesText(Unit unit) {
        return unit.hasText() || unit.children().stream().anyMatch(Act::carriesText);
    }

    private static String joinLead(String outer, String inner) {
        return outer.isEmpty() ? inner : outer + " " + inner;
    }

    /** The number of articles. */
    public int articleCount() {
        return (int) allUnits().filter(u -> u.kind() == UnitKind.ARTICLE).count();
    }
}
