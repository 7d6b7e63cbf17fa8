package kg.kodeks.search;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import kg.kodeks.analysis.AnalysedText;
import kg.kodeks.analysis.Schema;
import kg.kodeks.analysis.TokenCache;
import kg.kodeks.model.Act;
import kg.kodeks.model.ActMeta;
import kg.kodeks.model.ActStatus;
import kg.kodeks.model.Citations;
import kg.kodeks.model.Norm;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns norms and articles into Lucene documents with the fields of {@link Schema}. The texts of
 * an act are analysed once each ({@link TokenCache}) and the fields that hold the same value in
 * every document of the act are made once. What a hit shows of its act (title, date, the act's
 * name in citations) is stored once, in the act's own document at the end of the act's block
 * ({@link ActDocuments}).
 */
final class DocumentFactory {
    static final String NORM = "norm";
    static final String ARTICLE = "article";

    private DocumentFactory() {}

    /** The document id of a unit: {@code <expression>#<eid>}, plus {@code @article} for articles. */
    static String id(String expression, String eid, String level) {
        return expression + "#" + eid + (ARTICLE.equals(level) ? "@article" : "");
    }

    /**
     * Every document of one act: its norms, its articles, then the act's own document. They must
     * be added as one block ({@link org.apache.lucene.index.IndexWriter#addDocuments}), which
     * Lucene keeps together and in order.
     */
    static List<Document> documents(Act act, String file) {
        ActFields fields = new ActFields(act.meta(), file);
        List<Document> docs = new ArrayList<>();
        for (Norm norm : act.norms()) {
            docs.add(norm(norm, fields));
        }
        List<Unit> path = new ArrayList<>();
        for (Unit unit : act.units()) {
            collectArticles(unit, path, fields, docs);
        }
        docs.add(actDocument(fields));
        return docs;
    }

    /** The act's own document: its values that every hit of the act shows, stored once. */
    private static Document actDocument(ActFields fields) {
        Document doc = new Document();
        doc.add(new StringField(Schema.ID, fields.expression, Field.Store.NO));
        doc.add(new StringField(Schema.SCOPE, Schema.ACT_SCOPE, Field.Store.NO));
        // Indexed as in the act's norms (a field has one shape in every document), and stored.
        doc.add(new StringField(Schema.ACT, fields.act.work().uri(), Field.Store.YES));
        doc.add(new StoredField(Schema.LANG, fields.act.language().code()));
        doc.add(new StoredField(Schema.TITLE, fields.act.title()));
        doc.add(new StoredField(Schema.DATE, fields.act.date().toString()));
        doc.add(new StoredField(Schema.CITED_ACT, Citations.citedAct(fields.act)));
        doc.add(new StoredField(Schema.STATUS, fields.act.status().code()));
        doc.add(fields.file);
        return doc;
    }

    /** Walks the tree once, keeping the path, so no article's path has to be searched for. */
    private static void collectArticles(Unit unit, List<Unit> path, ActFields fields, List<Document> out) {
        path.add(unit);
        if (unit.kind() == UnitKind.ARTICLE) {
            out.add(article(List.copyOf(path), fields));
        } else {
            for (Unit child : unit.children()) {
                collectArticles(child, path, fields, out);
            }
        }
        path.remove(path.size() - 1);
    }

    private static Document norm(Norm norm, ActFields fields) {
        Document doc = common(fields, norm.unit(), NORM, fields.repealed(norm.path()));
        doc.add(new StoredField(Schema.CITATION, Citations.local(fields.act.language(), norm.path())));
        doc.add(new StoredField(Schema.HEADING, fields.heading(norm)));
        // The lead-in is the text of the enclosing part, shared by its points and its article.
        List<String> parts = norm.lead().isEmpty() ? List.of(norm.text()) : List.of(norm.lead(), norm.text());
        String text = norm.fullText();
        AnalysedText tokens = fields.tokens.analyse(" ", parts);
        doc.add(new AnalysedField(fields.textField, text, Schema.TEXT_TYPE, tokens, true));
        doc.add(new AnalysedField(Schema.EXACT, text, Schema.EXACT_TYPE, tokens, false));
        return doc;
    }

    /**
     * The document of the article at the end of {@code path}: stemmed text only. An article
     * repeats the text of its norms, and a second unstemmed copy of it would cost a third of the
     * indexing time for little (exact wording is looked for in norms; article search matches
     * stemmed words and phrases).
     */
    private static Document article(List<Unit> path, ActFields fields) {
        Unit article = path.get(path.size() - 1);
        Document doc = common(fields, article, ARTICLE, fields.repealed(path));
        doc.add(new StoredField(Schema.CITATION, Citations.local(fields.act.language(), path)));
        doc.add(new StoredField(Schema.HEADING, fields.heading(path, false)));
        List<String> parts = articleParts(article);
        doc.add(new AnalysedField(
                fields.articleField,
                String.join("\n", parts),
                Schema.ARTICLE_TYPE,
                fields.tokens.analyse("\n", parts),
                true));
        return doc;
    }

    /** An article's heading and the text of all its units, one per line. */
    static String articleText(Unit article) {
        return String.join("\n", articleParts(article));
    }

    /** The lines of {@link #articleText}: the heading (when there is one), then each unit's text. */
    private static List<String> articleParts(Unit article) {
        List<String> parts = new ArrayList<>();
        if (!article.heading().isEmpty()) {
            parts.add(article.heading());
        }
        collectTexts(article, parts);
        if (parts.size() == 1 && !article.heading().isEmpty()) {
            parts.add(""); // a heading without text still ends its line
        }
        return parts;
    }

    private static void collectTexts(Unit unit, List<String> out) {
        if (!unit.text().isBlank()) {
            out.add(unit.text());
        }
        for (Unit child : unit.children()) {
            collectTexts(child, out);
        }
    }

    private static Document common(ActFields fields, Unit unit, String level, boolean repealed) {
        Document doc = new Document();
        boolean norm = NORM.equals(level);
        doc.add(new StringField(Schema.ID, id(fields.expression, unit.eid(), level), Field.Store.NO));
        if (repealed) {
            doc.add(norm ? fields.repealedNormScope : fields.repealedArticleScope);
            doc.add(fields.repealed);
        } else {
            doc.add(norm ? fields.normScope : fields.articleScope);
        }
        doc.add(fields.work);
        doc.add(new StoredField(Schema.EID, unit.eid()));
        String shortEid = unit.shortEid();
        if (!shortEid.equals(unit.eid())) {
            // A look-up by the short id asks this field; by the full one, the id.
            doc.add(new StringField(Schema.SHORT_EID, shortEid, Field.Store.NO));
        }
        doc.add(fields.year);
        doc.add(fields.file);
        return doc;
    }

    /**
     * What every document of one act shares: the fields with the act's values, made once and
     * added to each document (Lucene only reads a field while indexing it), and the cache of
     * analysed texts. Their values are kept as UTF-8 bytes, so Lucene copies them instead of
     * encoding every document's copy again.
     */
    private static final class ActFields {
        final ActMeta act;
        final String expression;
        final String textField;
        final String articleField;
        final TokenCache tokens;
        /** The scope of the act's norms and articles, with the act's status. */
        final Field normScope;

        final Field articleScope;
        /** The scope of norms and articles that are repealed themselves (or the whole act is). */
        final Field repealedNormScope;

        final Field repealedArticleScope;
        final Field work;
        final Field repealed = new StoredField(Schema.STATUS, ActStatus.REPEALED.code());
        final Field year;
        final Field file;
        /** The heading path of each article (its norms share it), by identity. */
        private final Map<Unit, String> headings = new IdentityHashMap<>();

        ActFields(ActMeta act, String file) {
            this.act = act;
            this.expression = act.expression();
            this.textField = Schema.textField(act.language());
            this.articleField = Schema.articleField(act.language());
            this.tokens = new TokenCache(act.language());
            this.normScope = scope(NORM, act.status());
            this.articleScope = scope(ARTICLE, act.status());
            this.repealedNormScope = scope(NORM, ActStatus.REPEALED);
            this.repealedArticleScope = scope(ARTICLE, ActStatus.REPEALED);
            this.work = new StringField(Schema.ACT, utf8(act.work().uri()), Field.Store.NO);
            this.year = new IntPoint(Schema.YEAR, act.date().getYear());
            this.file = new StringField(Schema.FILE, utf8(file), Field.Store.NO);
        }

        private Field scope(String level, ActStatus status) {
            return new StringField(
                    Schema.SCOPE, utf8(Schema.scope(level, act.language(), status.code())), Field.Store.NO);
        }

        private static BytesRef utf8(String text) {
            return new BytesRef(text);
        }

        /** True when the act or a unit on the path is repealed. */
        boolean repealed(List<Unit> path) {
            boolean repealed = act.status() == ActStatus.REPEALED;
            for (Unit unit : path) {
                repealed |= unit.repealed();
            }
            return repealed;
        }

        /**
         * The labels and headings of the units on the path, joined by « › »; with
         * {@code articleAndAbove}, only sections, chapters and articles, as {@link
         * Norm#headingPath()} gives them.
         */
        String heading(List<Unit> path, boolean articleAndAbove) {
            StringBuilder out = new StringBuilder();
            for (Unit unit : path) {
                if (articleAndAbove && unit.kind().ordinal() > UnitKind.ARTICLE.ordinal()) {
                    continue;
                }
                if (!out.isEmpty()) {
                    out.append(" › ");
                }
                out.append(Citations.unitLabel(unit, act.language()));
                if (!unit.heading().isEmpty()) {
                    out.append(". ").append(unit.heading());
                }
            }
            return out.toString();
        }

        /** A norm's heading path: its article's, made once for all the article's norms. */
        String heading(Norm norm) {
            Unit article = norm.article();
            if (article == null) {
                return heading(norm.path(), true);
            }
            return headings.computeIfAbsent(article, a -> heading(norm.path(), true));
        }
    }
}
