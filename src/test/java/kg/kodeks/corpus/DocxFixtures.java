package kg.kodeks.corpus;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Text;

/**
 * Builds DOCX files for tests with docx4j. A paragraph given as several pieces becomes one
 * paragraph of several runs, every second one bold, the way Word splits formatted text.
 */
final class DocxFixtures {
    private static final ObjectFactory WML = new ObjectFactory();

    private DocxFixtures() {
    }

    /** A document with one paragraph per entry; each entry's pieces are the runs of its paragraph. */
    static byte[] document(List<List<String>> paragraphs) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        for (List<String> pieces : paragraphs) {
            pkg.getMainDocumentPart().getContent().add(paragraph(pieces));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        return out.toByteArray();
    }

    /** A document with one single-run paragraph per line. */
    static byte[] lines(List<String> lines) throws Exception {
        return document(lines.stream().map(List::of).toList());
    }

    private static P paragraph(List<String> pieces) {
        P p = WML.createP();
        for (int i = 0; i < pieces.size(); i++) {
            R run = WML.createR();
            if (i % 2 == 1) {
                RPr props = WML.createRPr();
                props.setB(new BooleanDefaultTrue());
                run.setRPr(props);
            }
            Text text = WML.createText();
            text.setValue(pieces.get(i));
            text.setSpace("preserve");
            run.getContent().add(WML.createRT(text));
            p.getContent().add(run);
        }
        return p;
    }
}
