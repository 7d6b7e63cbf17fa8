package kg.kodeks.findings;

import java.util.List;
import kg.kodeks.model.Language;

/**
 * Where the detectors get the analysed terms of a text (stemmed, lower-cased, stop words
 * removed). The detectors depend on this one method only, so the analyzer behind it can change
 * without touching them.
 */
@FunctionalInterface
public interface TermSource {

    /** The terms of a text in the given language, in order. */
    List<String> terms(Language language, String text);

    /** The analysis used by Kodeks' search index, so findings and search agree on what a word is. */
    static TermSource standard() {
        return kg.kodeks.analysis.Analyzers::terms;
    }
}
