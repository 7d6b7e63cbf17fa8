package kg.kodeks.review;

/**
 * Where a comment's unit stands in a later version of the draft.
 *
 * @param unit the element id in the later version, or null when the unit was removed
 * @param how {@code same} (same id, same text), {@code edited} (same id, changed text),
 *     {@code moved} (found under another id by its content), {@code removed}
 * @param confidence from 0 to 1: how sure the match is (1 for an unchanged unit, 0 when removed)
 */
public record Anchor(String unit, String how, double confidence) {
    public static final String SAME = "same";
    public static final String EDITED = "edited";
    public static final String MOVED = "moved";
    public static final String REMOVED = "removed";

    public static Anchor removed() {
        return new Anchor(null, REMOVED, 0);
    }

    public boolean isRemoved() {
        return unit == null;
    }
}
