package kg.kodeks.render.markdown;

import java.math.BigInteger;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart;
import org.docx4j.wml.CTFootnotes;
import org.docx4j.wml.CTFtnEdn;
import org.docx4j.wml.CTFtnEdnRef;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STVerticalAlignRun;

/** Native Word footnotes: the footnotes part is made when the template has none. */
final class Footnotes {
    private static final String SEPARATORS =
            "<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                    + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                    + "</w:footnotes>";
    private final WordprocessingMLPackage pkg;
    private FootnotesPart part;

    Footnotes(WordprocessingMLPackage pkg) {
        this.pkg = pkg;
    }

    /** Adds a footnote with the given paragraphs and returns the run that refers to it. */
    R add(List<P> paragraphs) {
        FootnotesPart fp = part();
        List<CTFtnEdn> notes = fp.getJaxbElement().getFootnote();
        long id = notes.stream().mapToLong(n -> n.getId().longValue()).max().orElse(0) + 1;
        CTFtnEdn note = DocxContext.WML.createCTFtnEdn();
        note.setId(BigInteger.valueOf(id));
        if (paragraphs.isEmpty()) {
            paragraphs = List.of(DocxContext.paragraph("FootnoteText"));
        }
        R mark = DocxContext.WML.createR();
        mark.setRPr(superscript());
        mark.getContent().add(DocxContext.WML.createRFootnoteRef());
        paragraphs.get(0).getContent().add(0, mark);
        note.getContent().addAll(paragraphs);
        notes.add(note);
        R ref = DocxContext.WML.createR();
        ref.setRPr(superscript());
        CTFtnEdnRef r = DocxContext.WML.createCTFtnEdnRef();
        r.setId(BigInteger.valueOf(id));
        ref.getContent().add(DocxContext.WML.createRFootnoteReference(r));
        return ref;
    }

    private static RPr superscript() {
        RPr rPr = DocxContext.WML.createRPr();
        org.docx4j.wml.CTVerticalAlignRun v = DocxContext.WML.createCTVerticalAlignRun();
        v.setVal(STVerticalAlignRun.SUPERSCRIPT);
        rPr.setVertAlign(v);
        return rPr;
    }

    private FootnotesPart part() {
        if (part != null) {
            return part;
        }
        part = pkg.getMainDocumentPart().getFootnotesPart();
        if (part == null) {
            try {
                part = new FootnotesPart();
                part.setJaxbElement((CTFootnotes) XmlUtils.unwrap(XmlUtils.unmarshalString(SEPARATORS)));
                pkg.getMainDocumentPart().addTargetPart(part);
            } catch (InvalidFormatException | jakarta.xml.bind.JAXBException e) {
                throw new IllegalStateException("cannot add footnotes to the document", e);
            }
        }
        return part;
    }
}
