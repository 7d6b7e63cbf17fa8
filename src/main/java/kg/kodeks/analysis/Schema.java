package kg.kodeks.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kodeks.model.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The one place where the fields of the search index and their analyzers are defined, and
 * where they are described in a form OpenSearch (or Solr) can recreate: {@link #describe()}.
 * Bump {@link #VERSION} whenever a field or an analyzer changes: an index of another version is
 * rebuilt.
 */
public final class Schema {
    /** Version of fields and analyzers; stored in every commit of the index. */
    public static final int VERSION = 10;

    /**
     * Unique id of a document: {@code <expression>#<eid>} plus {@code @article} for articles,
     * the expression alone for the act's own document (indexed, not stored: it is made of the
     * act, language, element id and level).
     */
    public static final String ID = "id";
    /**
     * Work URI of the act ({@code /akn/kg/act/law/2011-07-15/101}): indexed in norms and
     * articles, stored in the act's document.
     */
    public static final String ACT = "act";
    /** {@code kir} or {@code rus}, stored in the act's document ({@link #SCOPE} is searched). */
    public static final String LANG = "lang";
    /**
     * Level, language and status of a norm or article in one term ({@code norm_rus_in-force},
     * {@code article_kir_repealed}), for the searches that must name them; {@link #ACT_SCOPE}
     * for the act's own document (indexed only).
     */
    public static final String SCOPE = "scope";
    /**
     * The {@link #SCOPE} of an act's own document, which comes last in the block of the act's
     * documents and stores what every hit of the act shows: title, date, language and the act
     * as citations name it.
     */
    public static final String ACT_SCOPE = "act";
    /** Full element id (stored only; a unit is found by its {@link #ID}). */
    public static final String EID = "eid";
    /** Element id starting at the article, only where it differs from the full one. */
    public static final String SHORT_EID = "short_eid";
    /**
     * The unit's citation inside its act as lawyers write it, «часть 2 статьи 12» (stored only);
     * with {@link #CITED_ACT} it makes the full citation.
     */
    public static final String CITATION = "citation";
    /** The act as a citation of its units names it, in the genitive (stored in the act's document). */
    public static final String CITED_ACT = "cited_act";
    /** Headings of the enclosing section, chapter and article (stored only). */
    public static final String HEADING = "heading";
    /** Title of the act (stored in the act's document). */
    public static final String TITLE = "title";
    /**
     * {@code in-force} or {@code repealed}: the act's, stored in the act's document; a norm or
     * article whose own unit (or an enclosing one) is repealed stores {@code repealed} itself.
     * Searched through {@link #SCOPE}.
     */
    public static final String STATUS = "status";
    /** Date of the act, ISO (stored in the act's document). */
    public static final String DATE = "date";
    /** Year of the act (point field for filters). */
    public static final String YEAR = "year";
    /**
     * Corpus file the document came from, relative to the workspace (indexed, not stored: an
     * update deletes by it).
     */
    public static final String FILE = "file";
    /** Unstemmed, stop-word-free text of both languages (norm documents only). */
    public static final String EXACT = "exact";

    private static final String TEXT_PREFIX = "text_";
    private static final String ARTICLE_PREFIX = "article_";

    /**
     * A norm's stored, analysed text: positions for phrases, no offsets. The highlighter
     * analyses again the few texts it shows (a few milliseconds); offsets in the postings of
     * every norm cost about 5 % of the indexing CPU time and 4 % of the index.
     */
    public static final FieldType TEXT_TYPE = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    /**
     * An article's stored, analysed text: positions for phrases, no offsets. Article searches
     * are the rarer kind; their highlighter analyses the ten texts it shows again instead of
     * every article carrying offsets for every word.
     */
    public static final FieldType ARTICLE_TYPE = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    /** The exact field: positions for phrases, no offsets (never highlighted), not stored. */
    public static final FieldType EXACT_TYPE = textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    private Schema() {}

    private static FieldType textType(boolean stored, IndexOptions options) {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setStored(stored);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    /**
     * The {@link #SCOPE} of a language's norms or articles of one status: {@code
     * norm_rus_in-force}, {@code article_kir_repealed}.
     */
    public static String scope(String level, Language language, String status) {
        return level + "_" + language.code() + "_" + status;
    }

    /** The stemmed text field of a language's norms: {@code text_kir}, {@code text_rus}. */
    public static String textField(Language language) {
        return TEXT_PREFIX + language.code();
    }

    /**
     * The stemmed text field of a language's articles: {@code article_kir}, {@code article_rus}.
     * An article repeats the text of its norms at greater length; in a field of its own it stays
     * out of the way of norm searches, which need neither walk past articles nor filter them out.
     */
    public static String articleField(Language language) {
        return ARTICLE_PREFIX + language.code();
    }

    /**
     * The analyzer of every field as the index holds it: per-language stemming followed by the
     * negation pairs ({@link NegationPairs}), exact for {@link #EXACT}. Documents hand their text
     * fields in already analysed ({@link TokenCache}), with the same tokens.
     */
    public static Analyzer indexAnalyzer() {
        Map<String, Analyzer> perField = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            Analyzer stemmed = new NegationPairAnalyzer(Analyzers.forLanguage(language), language);
            perField.put(textField(language), stemmed);
            perField.put(articleField(language), stemmed);
        }
        perField.put(EXACT, Analyzers.exact());
        return new PerFieldAnalyzerWrapper(Analyzers.exact(), perField);
    }

    /**
     * The analyzer queries are read with: the same without the negation pairs, which a query
     * asks for by turning a phrase's negated words into their pair term ({@link NegationPairs}).
     */
    public static Analyzer queryAnalyzer() {
        Map<String, Analyzer> perField = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            perField.put(textField(language), Analyzers.forLanguage(language));
            perField.put(articleField(language), Analyzers.forLanguage(language));
        }
        perField.put(EXACT, Analyzers.exact());
        return new PerFieldAnalyzerWrapper(Analyzers.exact(), perField);
    }

    /**
     * The index described as OpenSearch settings and mappings (Solr users map the same
     * analyzers onto field types). The Kyrgyz stemmer and the negation pairs have no counterpart
     * there: they are named as the custom filters {@code kodeks_kyrgyz_stem} and
     * {@code kodeks_negation_pairs}, to be provided by a plugin wrapping {@link KyrgyzStemFilter}
     * and {@link NegationPairFilter}; everything else is built-in. A stemmed field has a search
     * analyzer without the pairs.
     */
    public static Map<String, Object> describe() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put(
                "kodeks_cyrillic_normalize",
                Map.of(
                        "type",
                        "pattern_replace",
                        "pattern",
                        "ё",
                        "replacement",
                        "е",
                        "note",
                        "Kodeks also folds Latin look-alikes and drops apostrophes "
                                + "(CyrillicNormalizationFilter)"));
        filters.put("kodeks_kyrgyz_stop", Map.of("type", "stop", "stopwords", sorted(KyrgyzAnalyzer.STOP_WORDS)));
        filters.put(
                "kodeks_kyrgyz_keywords",
                Map.of("type", "keyword_marker", "keywords", sorted(KyrgyzAnalyzer.PROTECTED_WORDS)));
        filters.put(
                "kodeks_kyrgyz_stem",
                Map.of(
                        "type",
                        "kodeks_kyrgyz_stem",
                        "derivational",
                        false,
                        "note",
                        "custom plugin: kg.kodeks.analysis.KyrgyzStemFilter"));
        filters.put("kodeks_russian_stop", Map.of("type", "stop", "stopwords", RussianLegalAnalyzer.stopWordList()));
        filters.put(
                "kodeks_russian_keywords",
                Map.of("type", "keyword_marker", "keywords", sorted(RussianLegalAnalyzer.PROTECTED_WORDS)));
        filters.put("kodeks_russian_stem", Map.of("type", "snowball", "language", "Russian"));
        for (Language language : Language.values()) {
            filters.put(
                    "kodeks_" + language.code() + "_negation_pairs",
                    Map.of(
                            "type",
                            "kodeks_negation_pairs",
                            "language",
                            language.code(),
                            "note",
                            "custom plugin: kg.kodeks.analysis.NegationPairFilter; indexes a negation and the word "
                                    + "it binds to as one more term at the first word's position (не вправ, "
                                    + "укуктуу эмес); queries ask for that term in place of the phrase"));
        }

        Map<String, Object> analyzers = new LinkedHashMap<>();
        List<String> kyrgyz = List.of(
                "lowercase",
                "kodeks_cyrillic_normalize",
                "kodeks_kyrgyz_stop",
                "kodeks_kyrgyz_keywords",
                "kodeks_kyrgyz_stem");
        List<String> russian = List.of(
                "lowercase",
                "kodeks_cyrillic_normalize",
                "kodeks_russian_stop",
                "kodeks_russian_keywords",
                "kodeks_russian_stem");
        analyzers.put("kodeks_kir", custom(append(kyrgyz, "kodeks_kir_negation_pairs")));
        analyzers.put("kodeks_kir_search", custom(kyrgyz));
        analyzers.put("kodeks_rus", custom(append(russian, "kodeks_rus_negation_pairs")));
        analyzers.put("kodeks_rus_search", custom(russian));
        analyzers.put("kodeks_exact", custom(List.of("lowercase", "kodeks_cyrillic_normalize")));

        Map<String, Object> properties = new LinkedHashMap<>();
        for (String keyword : List.of(ID, SCOPE, ACT, SHORT_EID, FILE)) {
            properties.put(keyword, Map.of("type", "keyword"));
        }
        for (String storedKeyword : List.of(LANG, EID, STATUS)) {
            properties.put(storedKeyword, Map.of("type", "keyword", "index", false));
        }
        for (String storedOnly : List.of(CITATION, CITED_ACT, HEADING, TITLE)) {
            properties.put(storedOnly, Map.of("type", "text", "index", false));
        }
        properties.put(DATE, Map.of("type", "date", "format", "yyyy-MM-dd"));
        properties.put(YEAR, Map.of("type", "integer"));
        for (Language language : Language.values()) {
            for (String field : List.of(textField(language), articleField(language))) {
                properties.put(
                        field,
                        Map.of(
                                "type",
                                "text",
                                "analyzer",
                                "kodeks_" + language.code(),
                                "search_analyzer",
                                "kodeks_" + language.code() + "_search",
                                "index_options",
                                "positions"));
            }
        }
        properties.put(
                EXACT,
                Map.of("type", "text", "analyzer", "kodeks_exact", "store", false, "index_options", "positions"));

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("settings", Map.of("analysis", Map.of("filter", filters, "analyzer", analyzers)));
        out.put("mappings", Map.of("_meta", Map.of("kodeks_schema_version", VERSION), "properties", properties));
        return out;
    }

    private static Map<String, Object> custom(List<String> filters) {
        Map<String, Object> analyzer = new LinkedHashMap<>();
        analyzer.put("type", "custom");
        analyzer.put("tokenizer", "standard");
        analyzer.put("filter", filters);
        return analyzer;
    }

    private static List<String> append(List<String> filters, String last) {
        List<String> out = new java.util.ArrayList<>(filters);
        out.add(last);
        return List.copyOf(out);
    }

    private static List<String> sorted(org.apache.lucene.analysis.CharArraySet set) {
        return set.stream().map(o -> new String((char[]) o)).sorted().toList();
    }
}
