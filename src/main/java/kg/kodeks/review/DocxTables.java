package kg.kodeks.review;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kg.kodeks.error.KodeksException;
import kg.kodeks.workspace.AtomicFiles;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * Tables in DOCX files, written and read with docx4j: the comment form and its returned copies.
 * Reading keeps what matters for comment tables made by people in Word: cells spanning
 * several columns ({@code gridSpan}) are placed by their grid column, and cells merged down
 * several rows ({@code vMerge}) repeat their text in each row they cover.
 */
public final class DocxTables {

    /** A cell to write: its text, how many grid columns it spans, and its vertical merge. */
    public record Cell(String text, int span, Merge merge) {
        public Cell {
            text = text == null ? "" : text;
            span = Math.max(1, span);
            merge = merge == null ? Merge.NONE : merge;
        }

        public static Cell of(String text) {
            return new Cell(text, 1, Merge.NONE);
        }
    }

    /** Vertical merge of a cell: none, the first cell of a merge, or a cell continuing it. */
    public enum Merge {
        NONE,
        RESTART,
        CONTINUE
    }

    /** One row as read: its 1-based number in the table and the text of each grid column. */
    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    private DocxTables() {}

    /** Writes a document of paragraphs followed by one bordered table. */
    public static void write(Path file, List<String> paragraphs, List<List<Cell>> rows) throws IOException {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
            for (String paragraph : paragraphs) {
                pkg.getMainDocumentPart().addParagraphOfText(paragraph);
            }
            pkg.getMainDocumentPart().getContent().add(table(rows));
            AtomicFiles.write(file, out -> {
                try {
                    pkg.save(out);
                } catch (Docx4JException e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
        } catch (Docx4JException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Tbl table(List<List<Cell>> rows) {
        ObjectFactory f = Context.getWmlObjectFactory();
        Tbl tbl = f.createTbl();
        TblPr pr = f.createTblPr();
        TblBorders borders = f.createTblBorders();
        CTBorder line = f.createCTBorder();
        line.setVal(STBorder.SINGLE);
        line.setSz(BigInteger.valueOf(4));
        borders.setTop(line);
        borders.setBottom(line);
        borders.setLeft(line);
        borders.setRight(line);
        borders.setInsideH(line);
        borders.setInsideV(line);
        pr.setTblBorders(borders);
        tbl.setTblPr(pr);
        for (List<Cell> cells : rows) {
            Tr tr = f.createTr();
            for (Cell cell : cells) {
                tr.getContent().add(cell(f, cell));
            }
            tbl.getContent().add(tr);
        }
        return tbl;
    }

    private static Tc cell(ObjectFactory f, Cell cell) {
        Tc tc = f.createTc();
        TcPr pr = f.createTcPr();
        if (cell.span() > 1) {
            TcPrInner.GridSpan span = f.createTcPrInnerGridSpan();
            span.setVal(BigInteger.valueOf(cell.span()));
            pr.setGridSpan(span);
        }
        if (cell.merge() != Merge.NONE) {
            TcPrInner.VMerge merge = f.createTcPrInnerVMerge();
            if (cell.merge() == Merge.RESTART) {
                merge.setVal("restart");
            }
            pr.setVMerge(merge);
        }
        tc.setTcPr(pr);
        String[] lines =
                cell.merge() == Merge.CONTINUE ? new String[] {""} : cell.text().split("\n", -1);
        for (String textLine : lines) {
            P p = f.createP();
            R r = f.createR();
            Text t = f.createText();
            t.setValue(textLine);
            t.setSpace("preserve");
            r.getContent().add(t);
            p.getContent().add(r);
            tc.getContent().add(p);
        }
        return tc;
    }

    /**
     * The tables of a checked DOCX, each as its rows. Call only with bytes that
     * {@link SafeDocx#check} accepted.
     */
    static List<List<Row>> read(String name, byte[] checkedBytes) throws KodeksException {
        WordprocessingMLPackage pkg;
        try {
            pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(checkedBytes));
        } catch (Docx4JException | RuntimeException e) {
            throw new KodeksException(e, ReviewService.BUNDLE, "docx.notDocx", name);
        }
        List<List<Row>> tables = new ArrayList<>();
        collectTables(pkg.getMainDocumentPart().getContent(), tables);
        return tables;
    }

    private static void collectTables(List<Object> content, List<List<Row>> out) {
        for (Object o : content) {
            Object v = XmlUtils.unwrap(o);
            if (v instanceof Tbl tbl) {
                out.add(rows(tbl));
            } else if (v instanceof ContentAccessor ca && !(v instanceof P)) {
                collectTables(ca.getContent(), out);
            }
        }
    }

    private static List<Row> rows(Tbl tbl) {
        List<Row> rows = new ArrayList<>();
        List<String> above = new ArrayList<>();
        int number = 0;
        for (Object o : tbl.getContent()) {
            if (!(XmlUtils.unwrap(o) instanceof Tr tr)) {
                continue;
            }
            number++;
            List<String> cells = new ArrayList<>();
            for (Object c : tr.getContent()) {
                if (!(XmlUtils.unwrap(c) instanceof Tc tc)) {
                    continue;
                }
                int span = 1;
                boolean continues = false;
                if (tc.getTcPr() != null) {
                    if (tc.getTcPr().getGridSpan() != null
                            && tc.getTcPr().getGridSpan().getVal() != null) {
                        span = Math.max(
                                1,
                                Math.min(64, tc.getTcPr().getGridSpan().getVal().intValue()));
                    }
                    TcPrInner.VMerge vm = tc.getTcPr().getVMerge();
                    continues = vm != null && (vm.getVal() == null || "continue".equals(vm.getVal()));
                }
                int column = cells.size();
                String text = continues ? (column < above.size() ? above.get(column) : "") : text(tc).strip();
                cells.add(text);
                for (int i = 1; i < span; i++) {
                    cells.add("");
                }
            }
            rows.add(new Row(number, cells));
            above = cells;
        }
        return rows;
    }

    /** The text of a cell, paragraphs joined by line breaks. */
    static String text(Object node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return out.toString();
    }

    private static void appendText(Object node, StringBuilder out) {
        Object v = XmlUtils.unwrap(node);
        if (v instanceof Text t) {
            out.append(t.getValue());
        } else if (v instanceof Br || v instanceof R.Tab) {
            out.append(v instanceof Br ? '\n' : ' ');
        } else if (v instanceof ContentAccessor ca) {
            for (Object child : ca.getContent()) {
                appendText(child, out);
            }
            if (v instanceof P) {
                out.append('\n');
            }
        } else if (node instanceof JAXBElement<?> e && e.getValue() instanceof ContentAccessor) {
            appendText(e.getValue(), out);
        }
    }
}
