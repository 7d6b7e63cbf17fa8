package kg.kodeks.drafts;

/**
 * One line of an article with the commit that last changed it.
 *
 * @param line the line in the file
 * @param commit the short commit id
 * @param author who made that commit
 * @param date when (ISO-8601)
 * @param text the line
 */
public record BlameLine(int line, String commit, String author, String date, String text) {}
