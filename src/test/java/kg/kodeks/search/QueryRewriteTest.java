package kg.kodeks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kg.kodeks.analysis.Schema;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryRewriteTest {
    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;
    private final QueryBuilder queries = new QueryBuilder();

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Schema.indexAnalyzer()))) {
            for (Act act : new SyntheticCorpus(SearchBenchmark.SEED, 3_000)) {
                writer.addDocuments(DocumentFactory.documents(act, act.meta().expression()));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void stemmedFirstFindsTheSameNormsWithTheSameScores() throws Exception {
        for (String text : List.of(
                "бюджета",
                "\"в течение\"",
                "\"в соответствии с\"",
                "депутатов собственности",
                "бюджет OR налог",
                "вправе NOT обязан",
                "и")) {
            assertSameHits(text, Language.RUS, true);
        }
        for (String text : List.of("кеңешинин", "\"ошондой эле\"", "\"жүзөгө ашырат\"", "депутаттары мыйзамдын")) {
            assertSameHits(text, Language.KIR, true);
        }
    }

    @Test
    void leavesPrefixesAndFuzzyTermsInEitherField() throws Exception {
        for (String text : List.of("самоуправ*", "бюджет~1", "налог* AND \"не позднее\"")) {
            Query parsed = queries.parsed(text, Language.RUS, false);
            assertSameHits(text, Language.RUS, false);
            assertTrue(
                    QueryRewrite.rewrite(parsed, "text_rus", Language.RUS)
                            .toString()
                            .contains("exact:"),
                    text);
        }
    }

    @Test
    void negationPairsFindTheSameNorms() throws Exception {
        for (String text : List.of("\"не вправе\"", "\"не позднее\"", "\"органы не вправе\"", "\"не в течение\"")) {
            assertSameHits(text, Language.RUS, false);
        }
        for (String text : List.of("\"укуктуу эмес\"", "\"мүмкүн эмес\"")) {
            assertSameHits(text, Language.KIR, false);
        }
    }

    @Test
    void negatedPhraseBecomesOneTerm() throws Exception {
        Query rewritten = queries.parse("\"не вправе\"", Language.RUS, false);
        assertTrue(rewritten.toString().contains("+(text_rus:не вправ)"), rewritten.toString());
        assertTrue(searcher.count(new TermQuery(new org.apache.lucene.index.Term("text_rus", "не вправ"))) > 0);
    }

    @Test
    void filtersLanguageAndLevelOnlyWhenTheStemmedFieldIsNotRequired() throws Exception {
        SearchRequest request = SearchRequest.of("x");
        String words = QueryBuilder.filtered(
                        queries.parse("бюджета \"не вправе\"", Language.RUS, false), request, Language.RUS)
                .toString();
        assertFalse(words.contains("scope:"), words);
        String stopWord = QueryBuilder.filtered(queries.parse("и", Language.RUS, false), request, Language.RUS)
                .toString();
        assertTrue(stopWord.contains("#scope:(norm_rus_in-force norm_rus_repealed)"), stopWord);
        String either = QueryBuilder.filtered(queries.parse("бюджета OR и", Language.RUS, false), request, Language.RUS)
                .toString();
        assertTrue(either.contains("#scope:(norm_rus_in-force norm_rus_repealed)"), either);
    }

    @Test
    void highlighterAsksOnlyTheHighlightedField() throws Exception {
        Query query = QueryBuilder.filtered(
                queries.parse("\"в течение\" бюджета NOT налог", Language.RUS, false),
                SearchRequest.of("x").withStatus("in-force"),
                Language.RUS);
        String marks = QueryRewrite.onField(query, "text_rus").toString();
        assertTrue(marks.contains("text_rus:течен") && marks.contains("text_rus:бюджет"), marks);
        assertFalse(marks.contains("exact:") || marks.contains("status:") || marks.contains("налог"), marks);
        assertNull(QueryRewrite.onField(queries.parse("и", Language.RUS, false), "text_rus"));
    }

    /**
     * The parsed and the rewritten query, each with the filters of a search (the language's
     * norms, then its articles), match the same documents (and score them alike).
     */
    private void assertSameHits(String text, Language language, boolean sameScores) throws Exception {
        for (boolean articles : new boolean[] {false, true}) {
            SearchRequest request = SearchRequest.of(text).withArticles(articles);
            assertSameHits(
                    text + (articles ? " (articles)" : ""),
                    QueryBuilder.filtered(queries.parsed(text, language, articles), request, language),
                    QueryBuilder.filtered(queries.parse(text, language, articles), request, language),
                    sameScores);
        }
    }

    private void assertSameHits(String text, Query parsed, Query rewritten, boolean sameScores) throws IOException {
        TopDocs expected = searcher.search(parsed, new TopScoreDocCollectorManager(100_000, null, Integer.MAX_VALUE));
        TopDocs actual = searcher.search(rewritten, new TopScoreDocCollectorManager(100_000, null, Integer.MAX_VALUE));
        assertEquals(expected.totalHits.value, actual.totalHits.value, text);
        assertEquals(docs(expected), docs(actual), text);
        if (sameScores) {
            for (int i = 0; i < expected.scoreDocs.length; i++) {
                assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, 1e-4f, text);
            }
        }
    }

    private static Set<Integer> docs(TopDocs top) {
        Set<Integer> out = new HashSet<>();
        Arrays.stream(top.scoreDocs).map(d -> d.doc).forEach(out::add);
        return out;
    }
}
