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
import org.apache.lucene.document.StoredValue;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns norms and articles into Lucene documents with the fields of {@link Schema}. The texts of
 * an act are analysed once each ({@link TokenCache}) and the fields that hold the same value in
 * every document of the act are made once.
 */
final class DocumentFactory {
    static final String NORM = "norm";
    static final String ARTICLE = "article";

    private DocumentFactory() {}

    /** The document id of a unit: {@code <expression>#<eid>}, plus {@code @article} for articles. */
    static String id(String expression, String eid, String level) {
        return expression + "#" + eid + (ARTICLE.equals(level) ? "@article" : "");
    }

    /** Every document of one act: its norms, then its articles. */
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
        return docs;
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
        doc.add(norm ? fields.normScope : fields.articleScope);
        doc.add(norm ? fields.normLevel : fields.articleLevel);
        doc.add(fields.work);
        doc.add(fields.lang);
        doc.add(new StoredField(Schema.EID, unit.eid()));
        String shortEid = unit.shortEid();
        if (!shortEid.equals(unit.eid())) {
            // A look-up by the short id asks this field; by the full one, the id.
            doc.add(new StringField(Schema.SHORT_EID, shortEid, Field.Store.NO));
        }
        doc.add(fields.title);
        doc.add(repealed ? fields.repealed : fields.status);
        doc.add(fields.date);
        doc.add(fields.year);
        doc.add(fields.file);
        doc.add(fields.citedAct);
        return doc;
    }

    /** A stored value as a string, whether stored as text or as the UTF-8 bytes of an act value. */
    static String stored(Document doc, String field) {
        IndexableField value = doc.getField(field);
        if (value == null) {
            return null;
        }
        String text = value.stringValue();
        return text != null ? text : value.binaryValue().utf8ToString();
    }

    /**
     * What every document of one act shares: the fields with the act's values, made once and
     * added to each document (Lucene only reads a field while indexing it), and the cache of
     * analysed texts. Stored act values are kept as UTF-8 bytes, so Lucene copies them instead
     * of encoding every document's copy again.
     */
    private static final class ActFields {
        final ActMeta act;
        final String expression;
        final String textField;
        final String articleField;
        final TokenCache tokens;
        final Field normScope;
        final Field articleScope;
        final Field normLevel = new ActValue(Schema.LEVEL, NORM);
        final Field articleLevel = new ActValue(Schema.LEVEL, ARTICLE);
        final Field work;
        final Field lang;
        final Field title;
        final Field status;
        final Field repealed = new StringField(Schema.STATUS, utf8(ActStatus.REPEALED.code()), Field.Store.YES);
        final Field date;
        final Field year;
        final Field file;
        final Field citedAct;
        /** The heading path of each article (its norms share it), by identity. */
        private final Map<Unit, String> headings = new IdentityHashMap<>();

        ActFields(ActMeta act, String file) {
            this.act = act;
            this.expression = act.expression();
            this.textField = Schema.textField(act.language());
            this.articleField = Schema.articleField(act.language());
            this.tokens = new TokenCache(act.language());
            this.normScope = new StringField(Schema.SCOPE, utf8(Schema.scope(NORM, act.language())), Field.Store.NO);
            this.articleScope =
                    new StringField(Schema.SCOPE, utf8(Schema.scope(ARTICLE, act.language())), Field.Store.NO);
            this.work = new StringField(Schema.ACT, utf8(act.work().uri()), Field.Store.YES);
            this.lang = new ActValue(Schema.LANG, act.language().code());
            this.title = new ActValue(Schema.TITLE, act.title());
            this.status = new StringField(Schema.STATUS, utf8(act.status().code()), Field.Store.YES);
            this.date = new ActValue(Schema.DATE, act.date().toString());
            this.year = new IntPoint(Schema.YEAR, act.date().getYear());
            this.file = new StringField(Schema.FILE, utf8(file), Field.Store.NO);
            this.citedAct = new ActValue(Schema.CITED_ACT, Citations.citedAct(act));
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

    /**
     * A stored act value shared by the act's documents: Lucene is handed the same stored value
     * each time instead of a new one per document.
     */
    private static final class ActValue extends StoredField {
        private final StoredValue value;

        ActValue(String name, String text) {
            this(name, new BytesRef(text));
        }

        private ActValue(String name, BytesRef bytes) {
            super(name, bytes);
            this.value = new StoredValue(bytes);
        }

        @Override
        public StoredValue storedValue() {
            return value;
        }
    }
}
