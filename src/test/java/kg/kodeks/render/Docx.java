package kg.kodeks.render;

import java.math.BigInteger;
import java.nio.file.Path;
import org.docx4j.XmlUtils;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Styles;

/**
 * Builds .docx files for tests and for the shipped templates: A4, Times New Roman 14, the
 * styles the Markdown renderer names, and paragraphs written as small WordprocessingML strings.
 */
final class Docx {
    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private final WordprocessingMLPackage pkg;

    Docx() throws Exception {
        pkg = WordprocessingMLPackage.createPackage(PageSizePaper.A4, false);
        pkg.getMainDocumentPart().getStyleDefinitionsPart().setJaxbElement((Styles) XmlUtils.unmarshalString(STYLES));
        SectPr sect = pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
        SectPr.PgMar mar = sect.getPgMar();
        mar.setTop(BigInteger.valueOf(1134));
        mar.setBottom(BigInteger.valueOf(1134));
        mar.setLeft(BigInteger.valueOf(1701));
        mar.setRight(BigInteger.valueOf(850));
    }

    /**
     * Turns the page to A4 landscape with even margins of 2 cm: wide tables (the comparative
     * table, the summary table of comments, the plan) are printed that way, their columns then
     * {@link #LANDSCAPE_WIDTH} twips wide in all.
     */
    Docx landscape() {
        SectPr sect = pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
        SectPr.PgSz size = sect.getPgSz();
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        size.setOrient(org.docx4j.wml.STPageOrientation.LANDSCAPE);
        SectPr.PgMar mar = sect.getPgMar();
        mar.setLeft(BigInteger.valueOf(1134));
        mar.setRight(BigInteger.valueOf(1134));
        return this;
    }

    /** The width between the margins of a landscape page, in twips. */
    static final int LANDSCAPE_WIDTH = 16838 - 2 * 1134;

    WordprocessingMLPackage pkg() {
        return pkg;
    }

    /** Adds body XML: one or more w:p / w:tbl elements. */
    Docx xml(String elements) throws Exception {
        for (Object o : parse(elements)) {
            pkg.getMainDocumentPart().getContent().add(o);
        }
        return this;
    }

    Docx p(String style, String text) throws Exception {
        return xml(para(style, text));
    }

    static String para(String style, String text) {
        return "<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>")
                + "<w:r><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r></w:p>";
    }

    /** A table with a bold head row and one template row per given row of cells. */
    Docx table(int[] widths, String[] head, String[]... rows) throws Exception {
        StringBuilder sb = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            sb.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        sb.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            sb.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        sb.append("</w:tblGrid>");
        sb.append(row(widths, head, true));
        for (String[] r : rows) {
            sb.append(row(widths, r, false));
        }
        sb.append("</w:tbl>");
        return xml(sb.toString());
    }

    private static String row(int[] widths, String[] cells, boolean head) {
        StringBuilder sb = new StringBuilder("<w:tr>");
        if (head) {
            sb.append("<w:trPr><w:tblHeader/></w:trPr>");
        }
        for (int c = 0; c < cells.length; c++) {
            sb.append("<w:tc><w:tcPr><w:tcW w:w=\"")
                    .append(widths[c])
                    .append("\" w:type=\"dxa\"/></w:tcPr>")
                    .append("<w:p><w:pPr><w:pStyle w:val=\"TableContents\"/></w:pPr><w:r>")
                    .append(head ? "<w:rPr><w:b/></w:rPr>" : "")
                    .append("<w:t xml:space=\"preserve\">")
                    .append(esc(cells[c]))
                    .append("</w:t></w:r></w:p></w:tc>");
        }
        return sb.append("</w:tr>").toString();
    }

    /** Sets the default header to the given paragraphs' XML. */
    Docx header(String paragraphs) throws Exception {
        HeaderPart part = new HeaderPart();
        part.setJaxbElement((Hdr) XmlUtils.unmarshalString("<w:hdr " + W + ">" + paragraphs + "</w:hdr>"));
        Relationship rel = pkg.getMainDocumentPart().addTargetPart(part);
        HeaderReference ref = new HeaderReference(rel.getId());
        pkg.getMainDocumentPart()
                .getJaxbElement()
                .getBody()
                .getSectPr()
                .getEGHdrFtrReferences()
                .add(ref.header());
        return this;
    }

    /** Sets the default footer to the given paragraphs' XML. */
    Docx footer(String paragraphs) throws Exception {
        FooterPart part = new FooterPart();
        part.setJaxbElement((Ftr) XmlUtils.unmarshalString("<w:ftr " + W + ">" + paragraphs + "</w:ftr>"));
        Relationship rel = pkg.getMainDocumentPart().addTargetPart(part);
        pkg.getMainDocumentPart()
                .getJaxbElement()
                .getBody()
                .getSectPr()
                .getEGHdrFtrReferences()
                .add(new HeaderReference(rel.getId()).footer());
        return this;
    }

    /** A centred PAGE field, for footers. */
    static String pageNumber() {
        return "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
    }

    private record HeaderReference(String id) {
        org.docx4j.wml.CTRel header() {
            org.docx4j.wml.HeaderReference h = new org.docx4j.wml.HeaderReference();
            h.setId(id);
            h.setType(HdrFtrRef.DEFAULT);
            return h;
        }

        org.docx4j.wml.CTRel footer() {
            org.docx4j.wml.FooterReference f = new org.docx4j.wml.FooterReference();
            f.setId(id);
            f.setType(HdrFtrRef.DEFAULT);
            return f;
        }
    }

    /** Adds a footnotes part with one footnote (id 1) holding the given paragraphs' XML. */
    Docx footnote(String paragraphs) throws Exception {
        org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart part =
                new org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart();
        part.setJaxbElement(
                (org.docx4j.wml.CTFootnotes) XmlUtils.unwrap(XmlUtils.unmarshalString("<w:footnotes " + W + ">"
                        + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                        + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                        + "<w:footnote w:id=\"1\">" + paragraphs + "</w:footnote></w:footnotes>")));
        pkg.getMainDocumentPart().addTargetPart(part);
        return xml("<w:p><w:r><w:t>Note</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
                + "<w:footnoteReference w:id=\"1\"/></w:r></w:p>");
    }

    byte[] bytes() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        pkg.save(out);
        return out.toByteArray();
    }

    /** The text of every part of a .docx whose name starts with word/, tags stripped. */
    static String text(byte[] docx) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (java.util.zip.ZipInputStream zip =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            java.util.zip.ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().startsWith("word/") && e.getName().endsWith(".xml")) {
                    String xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    sb.append(xml.replaceAll(">\\s+<", "><")
                                    .replaceAll("</w:p>", "\n")
                                    .replaceAll("<[^>]+>", ""))
                            .append('\n');
                }
            }
        }
        return sb.toString();
    }

    void save(Path file) throws Exception {
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        pkg.save(file.toFile());
    }

    private static java.util.List<Object> parse(String elements) throws Exception {
        org.docx4j.wml.Body body = ((org.docx4j.wml.Document) XmlUtils.unmarshalString(
                        "<w:document " + W + "><w:body>" + elements + "</w:body></w:document>"))
                .getBody();
        return body.getContent();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String style(String type, String id, String name, String pPr, String rPr) {
        return "<w:style w:type=\"" + type + "\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + (id.equals("Normal") ? "" : "<w:basedOn w:val=\"Normal\"/>") + "<w:qFormat/>"
                + "<w:pPr>" + pPr + "</w:pPr><w:rPr>" + rPr + "</w:rPr></w:style>";
    }

    private static final String STYLES = "<w:styles " + W + "><w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\"/>"
            + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"ru-RU\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + style("paragraph", "Normal", "Normal", "<w:jc w:val=\"both\"/><w:ind w:firstLine=\"709\"/>", "")
            + style(
                    "paragraph",
                    "Title",
                    "Title",
                    "<w:jc w:val=\"center\"/><w:ind w:firstLine=\"0\"/><w:spacing w:before=\"240\" w:after=\"120\"/>",
                    "<w:b/><w:sz w:val=\"32\"/>")
            + style(
                    "paragraph",
                    "Subtitle",
                    "Subtitle",
                    "<w:jc w:val=\"center\"/><w:ind w:firstLine=\"0\"/><w:spacing w:after=\"240\"/>",
                    "<w:b/>")
            + style(
                    "paragraph",
                    "Heading1",
                    "heading 1",
                    "<w:keepNext/><w:jc w:val=\"center\"/><w:ind w:firstLine=\"0\"/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
                    "<w:b/>")
            + style(
                    "paragraph",
                    "Heading2",
                    "heading 2",
                    "<w:keepNext/><w:jc w:val=\"center\"/><w:ind w:firstLine=\"0\"/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/>",
                    "<w:b/>")
            + style(
                    "paragraph",
                    "Heading3",
                    "heading 3",
                    "<w:keepNext/><w:jc w:val=\"both\"/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"2\"/>",
                    "<w:b/>")
            + style(
                    "paragraph",
                    "Heading4",
                    "heading 4",
                    "<w:keepNext/><w:spacing w:before=\"120\"/><w:outlineLvl w:val=\"3\"/>",
                    "<w:b/><w:i/>")
            + style("paragraph", "Quote", "Quote", "<w:ind w:left=\"709\" w:firstLine=\"0\"/>", "<w:i/>")
            + style("paragraph", "ListParagraph", "List Paragraph", "", "")
            + style(
                    "paragraph",
                    "TableContents",
                    "Table Contents",
                    "<w:jc w:val=\"left\"/><w:ind w:firstLine=\"0\"/>",
                    "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
            + style(
                    "paragraph",
                    "FootnoteText",
                    "footnote text",
                    "<w:ind w:firstLine=\"0\"/>",
                    "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
            + style(
                    "paragraph",
                    "Letterhead",
                    "Letterhead",
                    "<w:jc w:val=\"center\"/><w:ind w:firstLine=\"0\"/>",
                    "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
            + "</w:styles>";
}
