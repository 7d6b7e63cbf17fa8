package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kg.kodeks.model.Language;

/**
 * A light analysis that needs no dictionary: words cut to their first letters (a crude stem
 * that works for both Kyrgyz and Russian, whose endings follow the stem), stop words dropped.
 */
final class PrefixTerms {
    private static final int STEM = 6;
    private static final Set<String> STOP = Set.of("и", "в", "во", "на", "с", "со", "по", "к", "о", "об", "от", "до",
            "из", "за", "для", "или", "а", "не", "его", "их", "ее", "что", "который", "которые", "это", "при",
            "жана", "менен", "же", "да", "үчүн", "боюнча", "ошондой", "эле", "бул", "ал", "алар", "ге", "дагы");

    private PrefixTerms() {
    }

    static List<String> terms(Language language, String text) {
        List<String> out = new ArrayList<>();
        for (Token token : Token.of(text)) {
            String t = token.text();
            if (STOP.contains(t)) {
                continue;
            }
            out.add(t.length() > STEM && !token.isNumber() ? t.substring(0, STEM) : t);
        }
        return out;
    }
}
