package kg.kodeks.findings;

/**
 * A number with what it counts, found in a norm: «в течение десяти дней» is a duration of 10
 * days; «две трети» a fraction of 0.667; «не менее 7 депутатов» a count of 7 deputies.
 *
 * @param kind {@code duration}, {@code fraction}, {@code percent}, {@code amount}, {@code age}, {@code date}
 *     or {@code count}
 * @param unit what is counted, normalised: {@code day} (months and years are turned into days),
 *     {@code working-day}, {@code hour}, {@code share}, {@code som}, {@code deputy}…
 * @param value the normalised value
 * @param start the offset of the first character in the text
 * @param end the offset after the last character
 * @param token the index of the first token
 */
record Quantity(String kind, String unit, double value, int start, int end, int token) {

    /** Two quantities measure the same kind of thing and can be compared. */
    boolean comparable(Quantity other) {
        return kind.equals(other.kind) && unit.equals(other.unit);
    }

    boolean sameValue(Quantity other) {
        return Math.abs(value - other.value) < 1e-6;
    }

    /** A short normalised form for evidence, such as {@code duration 10 day}. */
    String describe() {
        String v = value == Math.rint(value)
                ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.3f", value);
        return kind + " " + v + " " + unit;
    }
}
