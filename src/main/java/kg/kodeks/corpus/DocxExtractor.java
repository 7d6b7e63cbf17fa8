package kg.kodeks.corpus;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import kg.kodeks.error.KodeksException;
import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.model.listnumbering.Emulator;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.DelText;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.Text;

/**
 * DOCX files (Word, LibreOffice): the text of the main document's paragraphs in order,
 * including paragraphs in tables. Word splits a paragraph's text over many runs (at every change
 * of formatting, spell-check mark or revision); the runs are joined back. Deleted revisions are
 * left out. The file passes {@link DocxGuard} before docx4j opens it. This is the only class of
 * the corpus package that uses docx4j.
 */
final class DocxExtractor implements TextExtractor {
    @Override
    public boolean accepts(String fileName, byte[] head) {
        return TextExtractor.hasExtension(fileName, "docx", "docm");
    }

    @Override
    public List<String> lines(byte[] bytes, String displayName) throws KodeksException {
        DocxGuard.check(bytes, displayName);
        WordprocessingMLPackage document;
        try {
            document = WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));
        } catch (Docx4JException | RuntimeException e) {
            throw new KodeksException(e, StructureParser.BUNDLE, "docx.broken", displayName, rootMessage(e));
        }
        List<String> lines = new ArrayList<>();
        for (Object block : document.getMainDocumentPart().getContent()) {
            collect(document, block, lines);
        }
        return lines;
    }

    /** Walks the body: every paragraph gives one line (or several where it has line breaks). */
    private static void collect(WordprocessingMLPackage document, Object node, List<String> lines) {
        Object o = XmlUtils.unwrap(node);
        if (o instanceof P paragraph) {
            StringBuilder text = new StringBuilder(listNumber(document, paragraph));
            appendText(paragraph, text);
            lines.addAll(TextExtractor.splitLines(text.toString()));
            return;
        }
        List<Object> children = TraversalUtil.getChildrenImpl(o);
        if (children != null) {
            for (Object child : children) {
                collect(document, child, lines);
            }
        }
    }

    /**
     * The number Word draws before a paragraph of an automatically numbered list («1.», «2)»,
     * «а)»), followed by a space; empty for other paragraphs and bullets. Parts and points of
     * acts are often numbered this way, and without the number the structure would be lost.
     * docx4j's emulator counts in document order, which is the order paragraphs come here.
     */
    private static String listNumber(WordprocessingMLPackage document, P paragraph) {
        PPr properties = paragraph.getPPr();
        if (properties == null || document.getMainDocumentPart().getNumberingDefinitionsPart() == null) {
            return "";
        }
        try {
            Emulator.ResultTriple number = Emulator.getNumber(document, properties);
            if (number == null
                    || number.getBullet() != null
                    || number.getNumString() == null
                    || number.getNumString().isBlank()) {
                return "";
            }
            return number.getNumString().trim() + " ";
        } catch (RuntimeException e) {
            return ""; // a broken numbering definition loses the number, not the text
        }
    }

    private static void appendText(Object node, StringBuilder out) {
        Object o = XmlUtils.unwrap(node);
        if (o instanceof Text text) {
            out.append(text.getValue());
        } else if (o instanceof R.Tab) {
            out.append('\t');
        } else if (o instanceof Br || o instanceof R.Cr) {
            out.append('\n');
        } else if (o instanceof R.NoBreakHyphen) {
            out.append('-');
        } else if (o instanceof DelText || o instanceof RunDel) {
            return;
        } else {
            List<Object> children = TraversalUtil.getChildrenImpl(o);
            if (children != null) {
                for (Object child : children) {
                    appendText(child, out);
                }
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }
}
