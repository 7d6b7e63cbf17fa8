package kg.kodeks.render.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/**
 * Tables with a real grid: a {@code w:tblGrid} of equal columns over the text width, single
 * borders on every cell, and the head row bold and repeated on every page.
 */
final class TableRenderer implements NodeRenderer<TableBlock> {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    static final int TEXT_WIDTH = 9355;

    @Override
    public void render(TableBlock node, DocxContext ctx, List<Object> out) {
        List<TableRow> rows = new ArrayList<>();
        List<Boolean> head = new ArrayList<>();
        for (Node section = node.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow tr) {
                    rows.add(tr);
                    head.add(section instanceof TableHead);
                }
            }
        }
        int columns = rows.stream().mapToInt(r -> (int) count(r)).max().orElse(1);
        Tbl tbl = empty(columns);
        for (int i = 0; i < rows.size(); i++) {
            tbl.getContent().add(row(rows.get(i), head.get(i), columns, ctx));
        }
        out.add(tbl);
        out.add(DocxContext.paragraph(null));
    }

    private static long count(TableRow r) {
        long n = 0;
        for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
            n += c instanceof TableCell ? 1 : 0;
        }
        return n;
    }

    static Tbl empty(int columns) {
        int width = TEXT_WIDTH / columns;
        StringBuilder grid = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            grid.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        String border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"";
        String xml = "<w:tbl " + W + "><w:tblPr><w:tblW w:w=\"" + width * columns + "\" w:type=\"dxa\"/>"
                + "<w:tblBorders><w:top " + border + "/><w:left " + border + "/><w:bottom " + border + "/><w:right "
                + border + "/><w:insideH " + border + "/><w:insideV " + border + "/></w:tblBorders>"
                + "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>" + grid + "</w:tblGrid></w:tbl>";
        try {
            return (Tbl) XmlUtils.unwrap(XmlUtils.unmarshalString(xml));
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Tr row(TableRow row, boolean head, int columns, DocxContext ctx) {
        Tr tr = DocxContext.WML.createTr();
        if (head) {
            org.docx4j.wml.TrPr trPr = DocxContext.WML.createTrPr();
            trPr.getCnfStyleOrDivIdOrGridBefore()
                    .add(DocxContext.WML.createCTTrPrBaseTblHeader(new org.docx4j.wml.BooleanDefaultTrue()));
            tr.setTrPr(trPr);
        }
        int n = 0;
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell cell) {
                tr.getContent().add(cell(cell, head, columns, ctx));
                n++;
            }
        }
        for (; n < columns; n++) {
            Tc tc = DocxContext.WML.createTc();
            tc.getContent().add(DocxContext.paragraph(null));
            tr.getContent().add(tc);
        }
        return tr;
    }

    private static Tc cell(TableCell cell, boolean head, int columns, DocxContext ctx) {
        Tc tc = DocxContext.WML.createTc();
        org.docx4j.wml.TcPr tcPr = DocxContext.WML.createTcPr();
        org.docx4j.wml.TblWidth w = DocxContext.WML.createTblWidth();
        w.setW(BigInteger.valueOf(TEXT_WIDTH / columns));
        w.setType("dxa");
        tcPr.setTcW(w);
        tc.setTcPr(tcPr);
        P p = DocxContext.paragraph("TableContents");
        InlineRenderer.render(cell, p, ctx, head, false);
        tc.getContent().add(p);
        return tc;
    }
}
