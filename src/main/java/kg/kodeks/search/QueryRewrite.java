package kg.kodeks.search;

import kg.kodeks.analysis.NegationPairs;
import kg.kodeks.analysis.Schema;
import kg.kodeks.model.Language;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Gives a parsed query the shape that runs fast, matching the same documents with the same
 * scores. Two rewrites:
 *
 * <ul>
 *   <li>The parser asks for each word or phrase «stemmed field OR exact field». For words and
 *       phrases (not prefixes, wildcards, fuzzy terms) every document of the search's language
 *       that the exact form finds, the stemmed form finds too: both fields index the same words,
 *       the stemmed one their stems, minus stop words. (The exact field is shared by both
 *       languages; a search always keeps to one, see {@link QueryBuilder#filtered}.) So the
 *       stemmed form is required and the exact one only adds its score: Lucene then walks one
 *       list of documents, not two, and checks the exact phrase only on the documents found.
 *   <li>In a phrase of the stemmed field, a negation and the word it binds to become their pair
 *       term ({@link NegationPairs}), which the index holds at the position of the first word:
 *       «не вправ» is one look-up instead of comparing the positions of every norm with «не».
 * </ul>
 */
final class QueryRewrite {
    private QueryRewrite() {}

    /**
     * @param stemmed the stemmed field searched (a language's norms or articles)
     */
    static Query rewrite(Query query, String stemmed, Language language) {
        if (query instanceof BooleanQuery bool) {
            Query stemmedFirst = stemmedFirst(bool, stemmed, language);
            if (stemmedFirst != null) {
                return stemmedFirst;
            }
            BooleanQuery.Builder b =
                    new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool.clauses()) {
                b.add(rewrite(clause.getQuery(), stemmed, language), clause.getOccur());
            }
            return b.build();
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(rewrite(boost.getQuery(), stemmed, language), boost.getBoost());
        }
        if (query instanceof PhraseQuery phrase && phrase.getField().equals(stemmed)) {
            return pairs(phrase, language);
        }
        return query;
    }

    /**
     * The part of a query that asks {@code field}, for the highlighter, or null when no part
     * does. Filters, exclusions and the exact field mark nothing in the highlighted text, but
     * the highlighter would check each of them again on every hit. Every document the whole
     * query finds, this part finds too (with at least the same words), so the marks are the
     * same.
     */
    static Query onField(Query query, String field) {
        if (query instanceof BoostQuery boost) {
            Query inner = onField(boost.getQuery(), field);
            return inner == null ? null : new BoostQuery(inner, boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            int kept = 0;
            for (BooleanClause clause : bool.clauses()) {
                Query part =
                        clause.getOccur() == BooleanClause.Occur.MUST_NOT ? null : onField(clause.getQuery(), field);
                if (part != null) {
                    b.add(
                            part,
                            clause.getOccur() == BooleanClause.Occur.SHOULD
                                    ? BooleanClause.Occur.SHOULD
                                    : BooleanClause.Occur.MUST);
                    kept++;
                }
            }
            return kept == 0 ? null : b.build();
        }
        boolean[] asks = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String f) {
                asks[0] |= field.equals(f);
                return false;
            }
        });
        return asks[0] ? query : null;
    }

    /**
     * True when every document the query finds has {@code field}: a clause on it is required,
     * or every optional clause of a query without required ones requires it.
     */
    static boolean requires(Query query, String field) {
        if (query instanceof BoostQuery boost) {
            return requires(boost.getQuery(), field);
        }
        if (query instanceof BooleanQuery bool) {
            boolean anyRequired = false;
            boolean allOptional = true;
            int optional = 0;
            for (BooleanClause clause : bool.clauses()) {
                switch (clause.getOccur()) {
                    case MUST, FILTER -> {
                        if (requires(clause.getQuery(), field)) {
                            return true;
                        }
                        anyRequired = true;
                    }
                    case SHOULD -> {
                        optional++;
                        allOptional &= requires(clause.getQuery(), field);
                    }
                    case MUST_NOT -> {}
                }
            }
            return !anyRequired && optional > 0 && allOptional;
        }
        if (query instanceof TermQuery || query instanceof PhraseQuery || query instanceof MultiTermQuery) {
            return onField(query, field) != null;
        }
        return false;
    }

    /** «stemmed OR exact» of one word or phrase as «+stemmed exact», or null when not that. */
    private static Query stemmedFirst(BooleanQuery bool, String stemmed, Language language) {
        if (bool.clauses().size() != 2 || bool.getMinimumNumberShouldMatch() != 0) {
            return null;
        }
        Query first = bool.clauses().get(0).getQuery();
        Query second = bool.clauses().get(1).getQuery();
        boolean bothOptional = bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
        if (!bothOptional || !stemmed.equals(wordField(first)) || !Schema.EXACT.equals(wordField(second))) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(rewrite(first, stemmed, language), BooleanClause.Occur.MUST)
                .add(second, BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * The field of a query made only of words and exact phrases of one field (what the parser
     * makes of a word, a quoted phrase or a word the analyzer splits), or null for anything
     * else, such as prefixes, fuzzy terms or ranges, whose stemmed form may miss what the exact
     * form finds.
     */
    private static String wordField(Query query) {
        if (query instanceof BoostQuery boost) {
            return wordField(boost.getQuery());
        }
        if (query instanceof TermQuery term) {
            return term.getTerm().field();
        }
        if (query instanceof PhraseQuery phrase) {
            return phrase.getSlop() == 0 ? phrase.getField() : null;
        }
        if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()) {
            String field = null;
            for (BooleanClause clause : bool.clauses()) {
                String f = clause.getOccur() == BooleanClause.Occur.MUST ? wordField(clause.getQuery()) : null;
                if (f == null || field != null && !field.equals(f)) {
                    return null;
                }
                field = f;
            }
            return field;
        }
        return null;
    }

    /** An exact phrase with each binding pair of adjacent words as its pair term. */
    private static Query pairs(PhraseQuery phrase, Language language) {
        if (phrase.getSlop() != 0) {
            return phrase;
        }
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        int added = 0;
        Term last = null;
        for (int i = 0; i < terms.length; i++) {
            Term term = terms[i];
            if (i + 1 < terms.length
                    && positions[i + 1] == positions[i] + 1
                    && NegationPairs.binds(language, term.text(), terms[i + 1].text())) {
                term = new Term(phrase.getField(), NegationPairs.pair(term.text(), terms[i + 1].text()));
                b.add(term, positions[i]);
                i++;
            } else {
                b.add(term, positions[i]);
            }
            last = term;
            added++;
        }
        if (added == terms.length) {
            return phrase;
        }
        return added == 1 ? new TermQuery(last) : b.build();
    }
}
