package kg.kodeks.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kg.kodeks.analysis.Schema;
import kg.kodeks.model.Act;
import kg.kodeks.model.ActMeta;
import kg.kodeks.model.Citations;
import kg.kodeks.model.Norm;
import kg.kodeks.model.Unit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/** Turns norms and articles into Lucene documents with the fields of {@link Schema}. */
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
        List<Document> docs = new ArrayList<>();
        for (Norm norm : act.norms()) {
            docs.add(norm(norm, file));
        }
        List<Unit> path = new ArrayList<>();
        for (Unit unit : act.units()) {
            collectArticles(act, unit, path, file, docs);
        }
        return docs;
    }

    /** Walks the tree once, keeping the path, so no article's path has to be searched for. */
    private static void collectArticles(Act act, Unit unit, List<Unit> path, String file, List<Document> out) {
        path.add(unit);
        if (unit.kind() == kg.kodeks.model.UnitKind.ARTICLE) {
            out.add(article(act.meta(), List.copyOf(path), file));
        } else {
            for (Unit child : unit.children()) {
                collectArticles(act, child, path, file, out);
            }
        }
        path.remove(path.size() - 1);
    }

    static Document norm(Norm norm, String file) {
        Document doc = common(norm.act(), norm.unit(), NORM, file, norm.repealed());
        doc.add(new StoredField(Schema.CITATION, norm.citation()));
        doc.add(new StoredField(Schema.HEADING, norm.headingPath()));
        addText(doc, norm.act(), norm.fullText());
        doc.add(new Field(Schema.EXACT, norm.fullText(), Schema.EXACT_TYPE));
        return doc;
    }

    /** The document of the article at the end of {@code path}. */
    static Document article(ActMeta act, List<Unit> path, String file) {
        Unit article = path.get(path.size() - 1);
        boolean repealed = path.stream().anyMatch(Unit::repealed) || act.status() == kg.kodeks.model.ActStatus.REPEALED;
        Document doc = common(act, article, ARTICLE, file, repealed);
        doc.add(new StoredField(Schema.CITATION, Citations.cite(act, path)));
        doc.add(new StoredField(
                Schema.HEADING,
                path.stream()
                        .map(u -> Citations.unitLabel(u, act.language())
                                + (u.heading().isEmpty() ? "" : ". " + u.heading()))
                        .collect(Collectors.joining(" › "))));
        addText(doc, act, articleText(article));
        return doc;
    }

    /** An article's heading and the text of all its units, one per line. */
    static String articleText(Unit article) {
        String text =
                article.flatten().map(Unit::text).filter(t -> !t.isBlank()).collect(Collectors.joining("\n"));
        return article.heading().isEmpty() ? text : article.heading() + "\n" + text;
    }

    private static Document common(ActMeta act, Unit unit, String level, String file, boolean repealed) {
        Document doc = new Document();
        doc.add(new StringField(Schema.ID, id(act.expression(), unit.eid(), level), Field.Store.YES));
        doc.add(new StringField(Schema.LEVEL, level, Field.Store.YES));
        doc.add(new StringField(Schema.ACT, act.work().uri(), Field.Store.YES));
        doc.add(new StringField(Schema.EXPRESSION, act.expression(), Field.Store.YES));
        doc.add(new StringField(Schema.LANG, act.language().code(), Field.Store.YES));
        doc.add(new StringField(Schema.EID, unit.eid(), Field.Store.YES));
        doc.add(new StringField(Schema.SHORT_EID, unit.shortEid(), Field.Store.NO));
        doc.add(new StringField(
                Schema.UNIT_KIND, unit.kind().name().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
        doc.add(new StoredField(Schema.TITLE, act.title()));
        doc.add(new StringField(
                Schema.STATUS, repealed ? "repealed" : act.status().code(), Field.Store.YES));
        doc.add(new StoredField(Schema.DATE, act.date().toString()));
        doc.add(new IntPoint(Schema.YEAR, act.date().getYear()));
        doc.add(new StringField(Schema.FILE, file, Field.Store.YES));
        return doc;
    }

    /**
     * The stemmed text. Only norms get the exact field as well: an article repeats the text of
     * its norms, and a second unstemmed copy of it would cost a third of the indexing time for
     * little (exact wording is looked for in norms; article search matches stemmed words and
     * phrases).
     */
    private static void addText(Document doc, ActMeta act, String text) {
        doc.add(new Field(Schema.textField(act.language()), text, Schema.TEXT_TYPE));
    }
}
