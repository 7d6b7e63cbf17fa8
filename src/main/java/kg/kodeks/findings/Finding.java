package kg.kodeks.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing found in the corpus that a lawyer should look at.
 *
 * @param id stable across runs: a hash of type, subtype and the sorted unit addresses
 * @param type duplicate, conflict, reference or parity
 * @param subtype what exactly (for a conflict: number, modality or authority)
 * @param severity high, medium or low
 * @param units the units involved
 * @param evidence the words that make the finding, with offsets in the units' texts
 * @param explanation one sentence in Russian and Kyrgyz
 * @param decision the expert's decision, or null
 */
public record Finding(
        String id,
        String type,
        String subtype,
        String severity,
        List<FindingUnit> units,
        List<Evidence> evidence,
        Explanation explanation,
        Decision decision) {

    public static final String HIGH = "high";
    public static final String MEDIUM = "medium";
    public static final String LOW = "low";

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(explanation, "explanation");
        units = List.copyOf(units);
        evidence = List.copyOf(evidence);
    }

    /** A finding without a decision, its id computed from type, subtype and units. */
    static Finding of(
            FindingType type,
            String subtype,
            String severity,
            List<FindingUnit> units,
            List<Evidence> evidence,
            Explanation explanation) {
        return new Finding(
                idOf(type.code(), subtype, units), type.code(), subtype, severity, units, evidence, explanation, null);
    }

    /** The same finding with a decision attached. */
    Finding withDecision(Decision newDecision) {
        return new Finding(id, type, subtype, severity, units, evidence, explanation, newDecision);
    }

    /** The stable id: the first 16 hex digits of SHA-256 over type, subtype and sorted addresses. */
    static String idOf(String type, String subtype, List<FindingUnit> units) {
        List<String> addresses =
                units.stream().map(FindingUnit::address).sorted().toList();
        return hash(type + "|" + subtype + "|" + String.join("|", addresses)).substring(0, 16);
    }

    static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public FindingType findingType() {
        return FindingType.valueOf(type.toUpperCase(Locale.ROOT));
    }
}
