package kg.kodeks.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.kodeks.analysis.Schema;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.ActStatus;
import kg.kodeks.model.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Turns what a user typed into a Lucene query over the stemmed text field of the language and
 * the exact field, within bounds: at most {@link #MAX_LENGTH} characters and
 * {@link #MAX_CLAUSES} clauses, no leading wildcards. Plain words must all occur (AND); in
 * Russian, «не» and «ни» are bound to the next word as a phrase, so «не вправе» never matches
 * a norm that only says «вправе».
 */
final class QueryBuilder {
    static final int MAX_LENGTH = 1000;
    static final int MAX_CLAUSES = 256;
    private static final Pattern SYNTAX = Pattern.compile("[\"*?~:()\\[\\]{}^\\\\/!+]|\\b(AND|OR|NOT)\\b|(^|\\s)-");
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final List<String> NEGATIONS = List.of("не", "ни");

    private final Analyzer analyzer = Schema.queryAnalyzer();

    /**
     * The text query over norms (or articles), without filters, in the shape that runs fast
     * ({@link QueryRewrite}).
     */
    Query parse(String text, Language language, boolean articles) throws KodeksException {
        Query query = parsed(text, language, articles);
        return query instanceof MatchNoDocsQuery
                ? query
                : QueryRewrite.rewrite(query, textField(language, articles), language);
    }

    /** The stemmed field searched: the language's norms or its articles. */
    static String textField(Language language, boolean articles) {
        return articles ? Schema.articleField(language) : Schema.textField(language);
    }

    /**
     * The text query as the parser makes it: each word or phrase in the stemmed field or (norms
     * only: articles have no exact field) in the exact one.
     */
    Query parsed(String text, Language language, boolean articles) throws KodeksException {
        if (text.isEmpty()) {
            throw new KodeksException(SearchIndex.BUNDLE, "search.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new KodeksException(SearchIndex.BUNDLE, "search.tooLong", text.length(), MAX_LENGTH);
        }
        String syntax = isPlain(text) ? plainToSyntax(text, language) : text;
        String stemmed = textField(language, articles);
        String[] fields = articles ? new String[] {stemmed} : new String[] {stemmed, Schema.EXACT};
        MultiFieldQueryParser parser =
                new MultiFieldQueryParser(fields, analyzer, Map.of(stemmed, 1.0f, Schema.EXACT, 0.5f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        Query query;
        try {
            query = parser.parse(syntax);
        } catch (ParseException e) {
            throw badQuery(text, e);
        } catch (TooComplexToDeterminizeException | IllegalArgumentException e) {
            // A regular expression or wildcard whose automaton is too large, or a regular
            // expression Lucene cannot read: the user's query, not a fault of ours.
            throw new KodeksException(e, SearchIndex.BUNDLE, "search.tooComplex", text);
        }
        if (countClauses(query) > MAX_CLAUSES) {
            throw new KodeksException(SearchIndex.BUNDLE, "search.tooManyClauses", MAX_CLAUSES);
        }
        return query == null ? new MatchNoDocsQuery() : query;
    }

    /**
     * Adds the filters of a request to a text query. Language and level need no filter when the
     * query requires the stemmed field searched, which only that language's norms (or articles)
     * have; otherwise (a query of stop words asks the exact field alone) they are filtered. A
     * status is filtered with them, in one term.
     */
    static Query filtered(Query text, SearchRequest request, Language language) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        boolean status = request.status() != null && !request.status().isBlank();
        if (status) {
            b.add(
                    new TermQuery(new Term(
                            Schema.SCOPE, Schema.scope(level(request.articles()), language, request.status()))),
                    BooleanClause.Occur.FILTER);
        } else if (!QueryRewrite.requires(text, textField(language, request.articles()))) {
            b.add(scope(request.articles(), language), BooleanClause.Occur.FILTER);
        }
        if (request.act() != null && !request.act().isBlank()) {
            b.add(actFilter(request.act().strip(), request.articles()), BooleanClause.Occur.FILTER);
        }
        if (request.yearFrom() != null || request.yearTo() != null) {
            int from = request.yearFrom() == null ? Integer.MIN_VALUE : request.yearFrom();
            int to = request.yearTo() == null ? Integer.MAX_VALUE : request.yearTo();
            b.add(IntPoint.newRangeQuery(Schema.YEAR, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The documents of an act given by its work URI, or by an expression URI (the work in one
     * language); {@code articles} says which level is searched.
     */
    private static Query actFilter(String act, boolean articles) {
        BooleanQuery.Builder either =
                new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.ACT, act)), BooleanClause.Occur.SHOULD);
        int slash = act.lastIndexOf('/');
        for (Language language : Language.values()) {
            if (slash > 0 && act.substring(slash + 1).equals(language.code())) {
                either.add(
                        new BooleanQuery.Builder()
                                .add(
                                        new TermQuery(new Term(Schema.ACT, act.substring(0, slash))),
                                        BooleanClause.Occur.FILTER)
                                .add(scope(articles, language), BooleanClause.Occur.FILTER)
                                .build(),
                        BooleanClause.Occur.SHOULD);
            }
        }
        return either.build();
    }

    /** The documents of a language's norms, or of its articles, whatever their status. */
    static Query scope(boolean articles, Language language) {
        List<BytesRef> scopes = new ArrayList<>();
        for (ActStatus status : ActStatus.values()) {
            scopes.add(new BytesRef(Schema.scope(level(articles), language, status.code())));
        }
        return new TermInSetQuery(Schema.SCOPE, scopes);
    }

    private static String level(boolean articles) {
        return articles ? DocumentFactory.ARTICLE : DocumentFactory.NORM;
    }

    static boolean isPlain(String text) {
        return !SYNTAX.matcher(text).find();
    }

    /** Escapes plain words and binds Russian negations to the word after them. */
    static String plainToSyntax(String text, Language language) {
        String[] words = text.strip().split("\\s+");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean negation = language == Language.RUS && NEGATIONS.contains(word.toLowerCase(Locale.ROOT));
            if (negation && i + 1 < words.length) {
                parts.add("\"" + QueryParser.escape(word) + " " + QueryParser.escape(words[i + 1]) + "\"");
                i++;
            } else {
                parts.add(QueryParser.escape(word));
            }
        }
        return String.join(" ", parts);
    }

    private static KodeksException badQuery(String text, ParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("not allowed as first character")) {
            return new KodeksException(SearchIndex.BUNDLE, "search.leadingWildcard", text);
        }
        if (message.contains("too many boolean clauses") || message.contains("TooManyClauses")) {
            return new KodeksException(SearchIndex.BUNDLE, "search.tooManyClauses", MAX_CLAUSES);
        }
        if (message.contains("<EOF>")) {
            String tail = text.substring(Math.max(0, text.length() - 12));
            return new KodeksException(e, SearchIndex.BUNDLE, "search.malformedEnd", text, tail);
        }
        Matcher m = COLUMN.matcher(message);
        // The parser counts columns from 0 (its character stream starts there); users count from 1.
        int at = m.find() ? Math.min(text.length() - 1, Integer.parseInt(m.group(1))) : text.length() - 1;
        at = Math.max(0, at);
        String near = text.substring(at, Math.min(text.length(), at + 12));
        return new KodeksException(e, SearchIndex.BUNDLE, "search.malformed", text, at + 1, near);
    }

    private static int countClauses(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query q) {
                count[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }
}
