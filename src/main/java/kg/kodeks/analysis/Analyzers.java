package kg.kodeks.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import kg.kodeks.model.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The shared analyzer instances (analyzers are thread-safe and reuse their components per
 * thread, so one of each is enough for the whole process).
 */
public final class Analyzers {
    private static final Analyzer KYRGYZ = new KyrgyzAnalyzer();
    private static final Analyzer RUSSIAN = new RussianLegalAnalyzer();
    private static final Analyzer EXACT = new ExactAnalyzer();

    private Analyzers() {}

    /** The stemming analyzer of a language. */
    public static Analyzer forLanguage(Language language) {
        return language == Language.KIR ? KYRGYZ : RUSSIAN;
    }

    /** The unstemmed, stop-word-free analyzer shared by both languages. */
    public static Analyzer exact() {
        return EXACT;
    }

    /** The tokens the stemming analyzer of {@code language} makes of {@code text}, in order. */
    public static List<String> terms(Language language, String text) {
        return terms(forLanguage(language), text);
    }

    /** The tokens an analyzer makes of {@code text}, in order. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Analysis of an in-memory string does no I/O; this would be a bug.
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
