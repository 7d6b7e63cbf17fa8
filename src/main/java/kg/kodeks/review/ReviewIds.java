package kg.kodeks.review;

import java.util.regex.Pattern;

/** Ids of rounds and comments: short, ASCII, safe as file and folder names. */
final class ReviewIds {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private ReviewIds() {}

    static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The round part of a comment id ({@code r1} of {@code r1-007}), or null. */
    static String roundOf(String commentId) {
        int dash = commentId == null ? -1 : commentId.lastIndexOf('-');
        return dash <= 0 ? null : commentId.substring(0, dash);
    }
}
