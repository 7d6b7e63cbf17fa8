package kg.kodeks.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import kg.kodeks.analysis.LanguageDetector;
import kg.kodeks.analysis.Schema;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Citations;
import kg.kodeks.model.Language;
import kg.kodeks.model.UnitRef;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Search over a workspace's corpus. Before the first search (and after {@link #markStale()})
 * the index is brought in line with the corpus files, so a search never answers from an index
 * older than the corpus it was opened on.
 */
public final class SearchService implements AutoCloseable {
    private static final int SNIPPET_FALLBACK = 240;

    private final SearchIndex index;
    private final Supplier<CorpusReader.Result> corpus;
    private final QueryBuilder queries = new QueryBuilder();
    /**
     * The analyzers of every search: Lucene analyzers are thread-safe and cache their token
     * streams per thread. The highlighter analyses as the index did, should it ever need to;
     * "similar norms" picks characteristic words, not negation pairs.
     */
    private final Analyzer indexAnalyzer = Schema.indexAnalyzer();

    private final Analyzer queryAnalyzer = Schema.queryAnalyzer();

    /** The act document of each hit, which stores what the hit shows of its act. */
    private final ActDocuments actDocuments = new ActDocuments();

    private volatile IndexProgress progress = IndexProgress.NONE;
    private volatile boolean current;
    /** The corpus the index was last brought in line with; a different one means it must be again. */
    private volatile CorpusReader.Result indexed;
    /** False for an index built elsewhere (the benchmark's), which has no corpus to follow. */
    private boolean followsCorpus = true;
    /**
     * Searches share the reader (read lock) and run side by side, as the web server's requests
     * do; updating the index closes that reader, so it waits for them (write lock).
     */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /**
     * @param index the index
     * @param corpus reads the corpus when the index needs updating
     */
    public SearchService(SearchIndex index, Supplier<CorpusReader.Result> corpus) {
        this.index = index;
        this.corpus = corpus;
    }

    /** Search over an index built elsewhere (the benchmark's), never updated from a corpus. */
    static SearchService over(SearchIndex index) {
        SearchService service = new SearchService(index, () -> {
            throw new IllegalStateException("this index has no corpus");
        });
        service.current = true;
        service.followsCorpus = false;
        return service;
    }

    /** Where long work reports its progress (a terminal progress bar). */
    public synchronized SearchService withProgress(IndexProgress newProgress) {
        this.progress = newProgress == null ? IndexProgress.NONE : newProgress;
        return this;
    }

    /** Updates the index from the corpus files now. */
    public IndexReport index() throws KodeksException {
        lock.writeLock().lock();
        try {
            CorpusReader.Result read = corpus.get();
            IndexReport report = index.update(read, progress);
            indexed = read;
            current = true;
            return report;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * True when the index is in line with the corpus, so a search runs at once; false when the
     * next search (or an update under way) must bring it up to date first. The corpus is looked
     * at again here (the supplier reads it anew only when its files changed), so edits made by
     * another process are searched without a restart.
     */
    public boolean isCurrent() {
        return current && (!followsCorpus || corpus.get() == indexed);
    }

    /** The corpus changed: the next search updates the index first. */
    public void markStale() {
        current = false;
    }

    public SearchIndex searchIndex() {
        return index;
    }

    /** Runs a search; an empty corpus gives an empty result. */
    public SearchResult search(SearchRequest request) throws KodeksException {
        Language language = request.language() != null ? request.language() : LanguageDetector.detect(request.query());
        SearchResult result = search(request, language);
        // Many Kyrgyz words are spelled with letters Russian shares («муниципалдык кызмат»): when
        // the guessed language finds nothing, the other one is asked before answering «none».
        if (result.total() == 0 && request.language() == null) {
            SearchResult other = search(request, language.other());
            return other.total() > 0 ? other : result;
        }
        return result;
    }

    private SearchResult search(SearchRequest request, Language language) throws KodeksException {
        Query text = queries.parse(request.query(), language, request.articles());
        String field = QueryBuilder.textField(language, request.articles());
        Query query = QueryBuilder.filtered(text, request, language);
        return withReader(reader -> run(reader, query, language, request.articles(), request.limit(), request.page()));
    }

    /**
     * Norms like the one at {@code address} ({@code <work uri>/<lang>#<eid>}), in the same
     * language, the unit itself left out.
     */
    public SearchResult similar(String address, int limit) throws KodeksException {
        UnitRef ref;
        try {
            ref = UnitRef.parse(address);
        } catch (IllegalArgumentException e) {
            throw new KodeksException(SearchIndex.BUNDLE, "similar.badAddress", address);
        }
        return withReader(reader -> similar(reader, ref, Math.max(1, Math.min(SearchRequest.MAX_LIMIT, limit))));
    }

    private SearchResult similar(DirectoryReader reader, UnitRef ref, int limit) throws IOException, KodeksException {
        IndexSearcher searcher = new IndexSearcher(reader);
        // A norm first; an article (or a part with points) has no norm document of its own.
        TopDocs found = searcher.search(unitQuery(ref, DocumentFactory.NORM), 1);
        boolean article = found.scoreDocs.length == 0;
        if (article) {
            found = searcher.search(unitQuery(ref, DocumentFactory.ARTICLE), 1);
        }
        if (found.scoreDocs.length == 0) {
            throw new KodeksException(SearchIndex.BUNDLE, "similar.notFound", ref.toString());
        }
        Document doc = searcher.storedFields().document(found.scoreDocs[0].doc);
        String field = Schema.textField(ref.language());
        String text = doc.get(article ? Schema.articleField(ref.language()) : field);
        String id = DocumentFactory.id(
                ref.expression(), doc.get(Schema.EID), article ? DocumentFactory.ARTICLE : DocumentFactory.NORM);
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(queryAnalyzer);
        mlt.setFieldNames(new String[] {field});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(25);
        Query like = mlt.like(field, new StringReader(text));
        Query query = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(QueryBuilder.scope(false, ref.language()), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.MUST_NOT)
                .build();
        return run(reader, query, ref.language(), false, limit, 1);
    }

    /** The document of a unit at one level, by its full element id or by the short one. */
    private static Query unitQuery(UnitRef ref, String level) {
        Query byShortId = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.SHORT_EID, ref.eid())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.ACT, ref.work().uri())), BooleanClause.Occur.FILTER)
                .add(
                        QueryBuilder.scope(DocumentFactory.ARTICLE.equals(level), ref.language()),
                        BooleanClause.Occur.FILTER)
                .build();
        return new BooleanQuery.Builder()
                .add(
                        new TermQuery(new Term(Schema.ID, DocumentFactory.id(ref.expression(), ref.eid(), level))),
                        BooleanClause.Occur.SHOULD)
                .add(byShortId, BooleanClause.Occur.SHOULD)
                .build();
    }

    /** The hits of a query over a language's norms or articles, highlighted in their text. */
    private SearchResult run(
            DirectoryReader reader, Query query, Language language, boolean articles, int limit, int page)
            throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        String field = QueryBuilder.textField(language, articles);
        int wanted = limit * page;
        TopDocs top = searcher.search(query, wanted);
        long total =
                top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(query);
        ScoreDoc[] slice = top.scoreDocs.length <= (page - 1) * limit
                ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, (page - 1) * limit, top.scoreDocs.length);
        String[] snippets = highlight(searcher, query, field, slice);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < slice.length; i++) {
            Document doc = stored.document(slice[i].doc);
            Document act = actDocuments.of(reader, slice[i].doc);
            String snippet = snippets[i] != null ? snippets[i] : fallbackSnippet(doc.get(field));
            String eid = doc.get(Schema.EID);
            hits.add(new SearchHit(
                    eid,
                    act.get(Schema.ACT),
                    language.code(),
                    Citations.cite(language, doc.get(Schema.CITATION), act.get(Schema.CITED_ACT)),
                    doc.get(Schema.HEADING),
                    act.get(Schema.TITLE),
                    // Repealed itself, or as its act is.
                    doc.get(Schema.STATUS) != null ? doc.get(Schema.STATUS) : act.get(Schema.STATUS),
                    act.get(Schema.DATE),
                    snippet,
                    slice[i].score,
                    parallel(searcher, act.get(Schema.ACT), language.other(), eid, articles)));
        }
        return new SearchResult(total, language.code(), page, hits);
    }

    private String[] highlight(IndexSearcher searcher, Query query, String field, ScoreDoc[] slice) throws IOException {
        if (slice.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                .withMaxLength(20_000)
                .build();
        Query marks = QueryRewrite.onField(query, field);
        if (marks == null) {
            return new String[slice.length];
        }
        int[] docs = new int[slice.length];
        for (int i = 0; i < slice.length; i++) {
            docs[i] = slice[i].doc;
        }
        return highlighter
                .highlightFields(new String[] {field}, marks, docs, new int[] {2})
                .get(field);
    }

    private static String fallbackSnippet(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() <= SNIPPET_FALLBACK ? text : text.substring(0, SNIPPET_FALLBACK) + "…";
        return cut.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The same unit in the other language version of the act, when the index holds it. */
    private static SearchHit.Parallel parallel(
            IndexSearcher searcher, String act, Language other, String eid, boolean articles) throws IOException {
        String id = DocumentFactory.id(
                act + "/" + other.code(), eid, articles ? DocumentFactory.ARTICLE : DocumentFactory.NORM);
        return searcher.count(new TermQuery(new Term(Schema.ID, id))) > 0
                ? new SearchHit.Parallel(eid, other.code())
                : null;
    }

    @FunctionalInterface
    private interface ReaderWork {
        SearchResult apply(DirectoryReader reader) throws IOException, KodeksException;
    }

    /** Updates the index when needed, runs the work, and rebuilds once if damage shows up only now. */
    private SearchResult withReader(ReaderWork work) throws KodeksException {
        if (!isCurrent()) {
            updateIfStale();
        }
        lock.readLock().lock();
        try {
            return work.apply(index.reader());
        } catch (CorruptIndexException e) {
            // fall through: the rebuild needs the write lock, which a reader cannot take
        } catch (IOException e) {
            throw searchFailed(e);
        } finally {
            lock.readLock().unlock();
        }
        return retryAfterRebuild(work);
    }

    private void updateIfStale() throws KodeksException {
        lock.writeLock().lock();
        try {
            if (!isCurrent()) {
                index();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private SearchResult retryAfterRebuild(ReaderWork work) throws KodeksException {
        lock.writeLock().lock();
        try {
            index.discard();
            index();
            return work.apply(index.reader());
        } catch (IOException e) {
            throw searchFailed(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private KodeksException searchFailed(IOException e) {
        return new KodeksException(
                e, SearchIndex.BUNDLE, "search.failed", index.dir().toString(), String.valueOf(e.getMessage()));
    }

    @Override
    public void close() {
        index.close();
    }
}
