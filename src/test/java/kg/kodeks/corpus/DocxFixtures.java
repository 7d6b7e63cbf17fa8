package kg.kodeks.corpus;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Text;

/**
 * Builds DOCX files for tests with docx4j. A paragraph given as several pieces becomes one
 * paragraph of several runs, every second one bold, the way Word splits formatted text.
 */
final class DocxFixtures {
    private static final ObjectFactory WML = new ObjectFactory();

    private DocxFixtures() {}

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

    /**
     * A document whose lines starting with «#1 » are paragraphs of an automatically numbered
     * list of parts («1.», «2.», …) and with «#2 » of points («1)», «2)», …), the number drawn
     * by Word, not written in the text.
     */
    static byte[] numbered(List<String> lines) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
        pkg.getMainDocumentPart().addTargetPart(numbering);
        numbering.setJaxbElement((Numbering) XmlUtils.unmarshalString(NUMBERING));
        for (String line : lines) {
            String numId = line.startsWith("#1 ") ? "1" : line.startsWith("#2 ") ? "2" : null;
            P p = paragraph(List.of(numId == null ? line : line.substring(3)));
            if (numId != null) {
                PPr props = WML.createPPr();
                PPrBase.NumPr numPr = WML.createPPrBaseNumPr();
                PPrBase.NumPr.Ilvl ilvl = WML.createPPrBaseNumPrIlvl();
                ilvl.setVal(java.math.BigInteger.ZERO);
                PPrBase.NumPr.NumId id = WML.createPPrBaseNumPrNumId();
                id.setVal(new java.math.BigInteger(numId));
                numPr.setIlvl(ilvl);
                numPr.setNumId(id);
                props.setNumPr(numPr);
                p.setPPr(props);
            }
            pkg.getMainDocumentPart().getContent().add(p);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        return out.toByteArray();
    }

    private static final String NUMBERING =
            "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + abstractNum(10, "%1.") + abstractNum(20, "%1)")
                    + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
                    + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"20\"/></w:num></w:numbering>";

    private static String abstractNum(int id, String text) {
        return "<w:abstractNum w:abstractNumId=\"" + id + "\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl></w:abstractNum>";
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
