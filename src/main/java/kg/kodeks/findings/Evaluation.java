package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of the detectors against ground truth, per finding type. A finding
 * matches an expected item of its type (and kind, where the type has kinds) when they share at
 * least two units, or the one unit of a single-unit item. Recall counts the expected items that
 * some finding matches; precision counts the findings that match some expected item.
 */
public final class Evaluation {

    /** The score of one type, with what was missed and what was found in excess. */
    public record Score(
            FindingType type,
            int expected,
            int recalled,
            int found,
            int correct,
            List<GroundTruth.Item> missed,
            List<Finding> extra) {

        public double recall() {
            return expected == 0 ? 1 : (double) recalled / expected;
        }

        public double precision() {
            return found == 0 ? 1 : (double) correct / found;
        }
    }

    private Evaluation() {}

    public static Map<FindingType, Score> score(List<Finding> findings, List<GroundTruth.Item> truth) {
        Map<FindingType, Score> out = new EnumMap<>(FindingType.class);
        for (FindingType type : FindingType.values()) {
            List<Finding> found =
                    findings.stream().filter(f -> f.findingType() == type).toList();
            List<GroundTruth.Item> expected =
                    truth.stream().filter(i -> i.type() == type).toList();
            List<GroundTruth.Item> missed = new ArrayList<>();
            for (GroundTruth.Item item : expected) {
                if (found.stream().noneMatch(f -> matches(f, item))) {
                    missed.add(item);
                }
            }
            List<Finding> extra = new ArrayList<>();
            for (Finding f : found) {
                if (expected.stream().noneMatch(i -> matches(f, i))) {
                    extra.add(f);
                }
            }
            out.put(
                    type,
                    new Score(
                            type,
                            expected.size(),
                            expected.size() - missed.size(),
                            found.size(),
                            found.size() - extra.size(),
                            missed,
                            extra));
        }
        return out;
    }

    static boolean matches(Finding f, GroundTruth.Item item) {
        if (!item.kind().isEmpty()
                && (f.findingType() == FindingType.CONFLICT
                        || f.findingType() == FindingType.REFERENCE
                        || item.kind().equals("missing-unit"))
                && !item.kind().equals(f.subtype())) {
            return false;
        }
        Set<String> units = new HashSet<>();
        f.units().forEach(u -> units.add(u.address()));
        long shared = item.units().stream().filter(units::contains).count();
        return item.units().size() == 1 ? shared == 1 : shared >= 2;
    }

    /** The table printed by {@code kodeks findings evaluate}. */
    public static String table(Map<FindingType, Score> scores) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%-10s %8s %8s %6s %6s %9s %7s%n",
                "type",
                "expected",
                "recalled",
                "found",
                "right",
                "precision",
                "recall"));
        for (Score s : scores.values()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-10s %8d %8d %6d %6d %9.3f %7.3f%n",
                    s.type().code(),
                    s.expected(),
                    s.recalled(),
                    s.found(),
                    s.correct(),
                    s.precision(),
                    s.recall()));
        }
        return out.toString();
    }

    /** What was missed and what was found in excess, one line each, for tuning. */
    public static String details(Map<FindingType, Score> scores) {
        StringBuilder out = new StringBuilder();
        for (Score s : scores.values()) {
            for (GroundTruth.Item i : s.missed()) {
                out.append("missed ")
                        .append(s.type().code())
                        .append(' ')
                        .append(i.kind())
                        .append(' ')
                        .append(i.units())
                        .append(" — ")
                        .append(i.note())
                        .append('\n');
            }
            for (Finding f : s.extra()) {
                out.append("extra  ")
                        .append(f.type())
                        .append(' ')
                        .append(f.subtype())
                        .append(' ')
                        .append(f.units().stream().map(FindingUnit::address).toList())
                        .append(" ")
                        .append(f.evidence().stream()
                                .limit(4)
                                .map(Evidence::text)
                                .toList())
                        .append('\n');
            }
        }
        return out.toString();
    }
}
