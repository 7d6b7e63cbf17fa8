package kg.kodeks.review;

/**
 * A comment as listed: where its unit stood in the round's version and where it stands now.
 *
 * @param comment the comment
 * @param anchor where the unit stands in the newest version
 * @param citation how a lawyer cites the unit in the round's version («часть 2 статьи 14»)
 * @param currentCitation the citation in the newest version, or null when the unit was removed
 * @param currentArticle the number of the article holding the unit in the newest version, or null
 */
public record ListedComment(
        Comment comment, Anchor anchor, String citation, String currentCitation, String currentArticle) {}
