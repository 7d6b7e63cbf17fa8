package kg.kodeks.search;

import static kg.kodeks.analysis.TokenDump.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import kg.kodeks.analysis.Schema;
import kg.kodeks.model.Act;
import kg.kodeks.model.Citations;
import kg.kodeks.model.Norm;
import kg.kodeks.model.Unit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class DocumentFactoryTest {
    private static final Analyzer INDEX = Schema.indexAnalyzer();

    @Test
    void textFieldsHoldWhatTheAnalyzerMakesOfTheStoredText() throws IOException {
        int checked = 0;
        Iterator<Act> acts = new SyntheticCorpus(SearchBenchmark.SEED, 2_000).iterator();
        while (acts.hasNext()) {
            Act act = acts.next();
            for (Document doc : DocumentFactory.documents(act, "file.md")) {
                for (IndexableField field : doc.getFields()) {
                    if (field instanceof AnalysedField) {
                        assertEquals(
                                tokens(INDEX.tokenStream(field.name(), field.stringValue())),
                                tokens(field.tokenStream(INDEX, null)),
                                field.name() + " of " + doc.get(Schema.ID));
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 2_000, "fields checked: " + checked);
    }

    @Test
    void normAndArticleDocumentsCarryTheirTextsHeadingsAndCitations() {
        Act act = new SyntheticCorpus(SearchBenchmark.SEED, 200).iterator().next();
        List<Document> docs = DocumentFactory.documents(act, "file.md");
        List<Norm> norms = act.norms();
        List<Unit> articles = act.articles();
        assertEquals(norms.size() + articles.size() + 1, docs.size());
        Document actDocument = docs.get(docs.size() - 1);
        assertEquals(act.meta().title(), actDocument.get(Schema.TITLE));
        assertEquals(act.meta().work().uri(), actDocument.get(Schema.ACT));
        for (int i = 0; i < norms.size(); i++) {
            Norm norm = norms.get(i);
            Document doc = docs.get(i);
            assertEquals(norm.fullText(), doc.get(Schema.textField(act.meta().language())));
            assertEquals(norm.headingPath(), doc.get(Schema.HEADING));
            assertEquals(
                    norm.citation(),
                    Citations.cite(act.meta().language(), doc.get(Schema.CITATION), actDocument.get(Schema.CITED_ACT)));
            assertNull(doc.getField(Schema.TITLE), "the act's title is stored once, in the act's document");
        }
        for (int i = 0; i < articles.size(); i++) {
            Unit article = articles.get(i);
            Document doc = docs.get(norms.size() + i);
            assertEquals(article.eid(), doc.get(Schema.EID));
            assertEquals(
                    articleTextAsBefore(article),
                    doc.get(Schema.articleField(act.meta().language())));
        }
    }

    @Test
    void articleWithHeadingAndNoTextEndsItsLine() {
        Unit article = new Unit(kg.kodeks.model.UnitKind.ARTICLE, "art_1", "1", "Заголовок", "", false, null, 0, null);
        assertEquals("Заголовок\n", DocumentFactory.articleText(article));
        assertEquals(articleTextAsBefore(article), DocumentFactory.articleText(article));
    }

    /** The article text as documents held it before its parts were analysed apart. */
    private static String articleTextAsBefore(Unit article) {
        List<String> texts = new ArrayList<>();
        article.flatten().map(Unit::text).filter(t -> !t.isBlank()).forEach(texts::add);
        String text = String.join("\n", texts);
        return article.heading().isEmpty() ? text : article.heading() + "\n" + text;
    }
}
