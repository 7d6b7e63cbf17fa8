package kg.kodeks.findings;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kg.kodeks.corpus.ActFile;
import kg.kodeks.corpus.ActReader;
import kg.kodeks.model.Norm;

/**
 * Acts made of sample sentences written for the rule tests, read as the corpus reader reads an
 * act. Each act is built from articles of one part each, so the n-th norm is article n + 1.
 */
final class SampleActs {
    private SampleActs() {}

    /** The norms of an act made of one-part articles, in the given language, under the given number. */
    static List<NormFacts> act(String number, String lang, String... articles) {
        StringBuilder text = new StringBuilder("---\nid: /akn/kg/act/law/2020-01-0" + number + "/" + number
                + "\ntitle: Sample " + number + "\ntype: law\nnumber: \"" + number + "\"\ndate: 2020-01-0" + number
                + "\nlang: " + lang
                + "\nstatus: in-force\nsource: Sample text written for Kodeks tests\nsample: true\n---\n\n");
        for (int i = 0; i < articles.length; i++) {
            text.append(lang.equals("rus") ? "Статья " + (i + 1) + ". Sample\n\n" : (i + 1) + "-берене. Sample\n\n");
            text.append(articles[i]).append("\n\n");
        }
        ActFile file = ActReader.parse(Path.of("sample.md"), "sample.md", text.toString());
        assertNotNull(file.act(), file.problems().toString());
        List<NormFacts> out = new ArrayList<>();
        for (Norm n : file.act().norms()) {
            out.add(new NormFacts(n, TermSource.standard()));
        }
        return out;
    }

    /** The one norm of a one-article act. */
    static NormFacts one(String number, String lang, String article) {
        return act(number, lang, article).get(0);
    }
}
