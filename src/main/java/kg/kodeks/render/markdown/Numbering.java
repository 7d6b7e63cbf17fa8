package kg.kodeks.render.markdown;

import java.math.BigInteger;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.Numbering.AbstractNum;
import org.docx4j.wml.Numbering.Num;

/**
 * Native Word numbering: one multi-level definition for the parts ({@code 1.}), points
 * ({@code 1)}) and subpoints ({@code а)}) of articles and one for bullets; a new instance of the
 * legal definition per article, so numbering restarts there, with the first number Markdown gave.
 * Instances of one definition share their counters in Word and LibreOffice for every level they
 * do not override, so each instance overrides the start of all three levels: an article whose
 * list opens with points must not go on from the points of the article before it.
 */
final class Numbering {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    /** Levels of both definitions: parts, points, subpoints (or three bullet depths). */
    private static final int LEVELS = 3;

    private final NumberingDefinitionsPart part;
    private final BigInteger legalAbstract;
    private final BigInteger bulletAbstract;
    private long nextNum;

    Numbering(WordprocessingMLPackage pkg) {
        try {
            NumberingDefinitionsPart existing = pkg.getMainDocumentPart().getNumberingDefinitionsPart();
            if (existing == null) {
                existing = new NumberingDefinitionsPart();
                existing.setJaxbElement(new org.docx4j.wml.Numbering());
                pkg.getMainDocumentPart().addTargetPart(existing);
            }
            part = existing;
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot add numbering to the document", e);
        }
        long maxAbstract = part.getJaxbElement().getAbstractNum().stream()
                .mapToLong(a -> a.getAbstractNumId().longValue())
                .max()
                .orElse(0);
        nextNum = part.getJaxbElement().getNum().stream()
                        .mapToLong(n -> n.getNumId().longValue())
                        .max()
                        .orElse(0)
                + 1;
        legalAbstract = BigInteger.valueOf(maxAbstract + 1);
        bulletAbstract = BigInteger.valueOf(maxAbstract + 2);
        addAbstract(legal(legalAbstract));
        addAbstract(bullets(bulletAbstract));
    }

    private void addAbstract(String xml) {
        try {
            AbstractNum a = (AbstractNum) XmlUtils.unwrap(XmlUtils.unmarshalString(xml));
            // Abstract definitions must come before the instances in numbering.xml.
            part.getJaxbElement().getAbstractNum().add(a);
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new instance of the legal numbering, its first list on {@code level} starting at {@code start}. */
    BigInteger newLegal(int level, int start) {
        return newNum(legalAbstract, level, start);
    }

    BigInteger newBullets() {
        return newNum(bulletAbstract, 0, 1);
    }

    private BigInteger newNum(BigInteger abstractId, int level, int start) {
        BigInteger id = BigInteger.valueOf(nextNum++);
        StringBuilder overrides = new StringBuilder();
        for (int ilvl = 0; ilvl < LEVELS; ilvl++) {
            overrides
                    .append("<w:lvlOverride w:ilvl=\"")
                    .append(ilvl)
                    .append("\"><w:startOverride w:val=\"")
                    .append(ilvl == level ? start : 1)
                    .append("\"/></w:lvlOverride>");
        }
        String xml = "<w:num " + W + " w:numId=\"" + id + "\"><w:abstractNumId w:val=\"" + abstractId + "\"/>"
                + overrides + "</w:num>";
        try {
            part.getJaxbElement().getNum().add((Num) XmlUtils.unwrap(XmlUtils.unmarshalString(xml)));
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private static String legal(BigInteger id) {
        return "<w:abstractNum " + W + " w:abstractNumId=\"" + id + "\"><w:multiLevelType w:val=\"multilevel\"/>"
                + level(0, "decimal", "%1.", 709) + level(1, "decimal", "%2)", 709)
                + level(2, "russianLower", "%3)", 709)
                + "</w:abstractNum>";
    }

    private static String bullets(BigInteger id) {
        return "<w:abstractNum " + W + " w:abstractNumId=\"" + id + "\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
                + level(0, "bullet", "–", 709) + level(1, "bullet", "–", 1069) + level(2, "bullet", "–", 1429)
                + "</w:abstractNum>";
    }

    // Parts and points of Kyrgyz and Russian laws are indented on the first line only, the number
    // standing where the paragraph's text would start, followed by a space.
    private static String level(int ilvl, String format, String text, int firstLine) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/>"
                + "<w:suff w:val=\"space\"/><w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"0\" w:firstLine=\"" + firstLine + "\"/></w:pPr></w:lvl>";
    }
}
