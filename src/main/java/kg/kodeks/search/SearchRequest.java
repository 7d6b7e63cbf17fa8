package kg.kodeks.search;

import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;

/**
 * One search.
 *
 * @param query plain words or Lucene syntax
 * @param language the language to search in; null to detect it from the query's letters
 * @param act a work URI or expression URI to search in only; null for every act
 * @param status {@code in-force} or {@code repealed}; null for both
 * @param yearFrom first year of the acts' dates, inclusive; null for no bound
 * @param yearTo last year, inclusive; null for no bound
 * @param articles search whole articles instead of single norms
 * @param limit hits per page (1–100)
 * @param page page number, from 1
 */
public record SearchRequest(
        String query,
        Language language,
        String act,
        String status,
        Integer yearFrom,
        Integer yearTo,
        boolean articles,
        int limit,
        int page) {
    /** Most hits one page can hold. */
    public static final int MAX_LIMIT = 100;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
        page = Math.max(1, page);
    }

    /** A search of norms in every act, first page of ten. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, false, 10, 1);
    }

    public SearchRequest withLanguage(Language newLanguage) {
        return new SearchRequest(query, newLanguage, act, status, yearFrom, yearTo, articles, limit, page);
    }

    public SearchRequest withAct(String newAct) {
        return new SearchRequest(query, language, newAct, status, yearFrom, yearTo, articles, limit, page);
    }

    public SearchRequest withStatus(String newStatus) {
        return new SearchRequest(query, language, act, newStatus, yearFrom, yearTo, articles, limit, page);
    }

    public SearchRequest withYears(Integer from, Integer to) {
        return new SearchRequest(query, language, act, status, from, to, articles, limit, page);
    }

    public SearchRequest withPage(int newLimit, int newPage) {
        return new SearchRequest(query, language, act, status, yearFrom, yearTo, articles, newLimit, newPage);
    }

    /**
     * Reads a year filter as users type it: {@code 2015}, {@code 2010-2015}, {@code 2010-} or
     * {@code -2015}; null or blank for none.
     *
     * @return {from, to}, either may be null
     */
    public static Integer[] parseYears(String text) throws KodeksException {
        if (text == null || text.isBlank()) {
            return new Integer[] {null, null};
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d{4})?\\s*(-)?\\s*(\\d{4})?\\s*")
                .matcher(text);
        if (!m.matches() || m.group(1) == null && m.group(3) == null) {
            throw new KodeksException(SearchIndex.BUNDLE, "search.badYear", text);
        }
        Integer from = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        Integer to = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (m.group(2) == null) {
            to = from;
        }
        return new Integer[] {from, to};
    }

    /** Reads a status filter ({@code in-force}, {@code repealed}); null or blank for none. */
    public static String parseStatus(String text) throws KodeksException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return kg.kodeks.model.ActStatus.parse(text).code();
        } catch (IllegalArgumentException e) {
            throw new KodeksException(SearchIndex.BUNDLE, "search.badStatus", text);
        }
    }

    public SearchRequest withArticles(boolean newArticles) {
        return new SearchRequest(query, language, act, status, yearFrom, yearTo, newArticles, limit, page);
    }
}
