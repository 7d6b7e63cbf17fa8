package kg.kodeks.findings;

/**
 * One piece of evidence: the words of one unit that make the finding, with their offsets in
 * that unit's text so a reader can highlight them.
 *
 * @param unit the index of the unit in the finding's list
 * @param text the words as they stand
 * @param start the offset of the first character in the unit's text
 * @param end the offset after the last character
 * @param value what the words mean when normalised ({@code 10 day}, {@code obligation},
 *     {@code aiyl-okmotu}, {@code art_45}), empty when there is nothing to add
 */
public record Evidence(int unit, String text, int start, int end, String value) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence offsets " + start + ".." + end);
        }
        value = value == null ? "" : value;
    }

    static Evidence of(int unit, String source, int start, int end, String value) {
        return new Evidence(unit, source.substring(start, end), start, end, value);
    }
}
