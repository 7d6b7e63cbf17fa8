package kg.kodeks.render.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;

/**
 * Inline content into runs: text, soft breaks as spaces, hard breaks, italic and bold (nested
 * freely), code as plain text, links as their text, footnote references as native footnotes.
 */
final class InlineRenderer {
    private InlineRenderer() {}

    static void render(Node parent, P into, DocxContext ctx, boolean bold, boolean italic) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                into.getContent().add(run(t.getChars().unescape(), bold, italic));
            } else if (n instanceof SoftLineBreak) {
                into.getContent().add(run(" ", bold, italic));
            } else if (n instanceof HardLineBreak) {
                R r = DocxContext.WML.createR();
                r.getContent().add(DocxContext.WML.createBr());
                into.getContent().add(r);
            } else if (n instanceof StrongEmphasis) {
                render(n, into, ctx, true, italic);
            } else if (n instanceof Emphasis) {
                render(n, into, ctx, bold, true);
            } else if (n instanceof Code c) {
                into.getContent().add(run(c.getText().unescape(), bold, italic));
            } else if (n instanceof Footnote f) {
                into.getContent().add(footnote(f, ctx));
            } else if (n instanceof HtmlInlineComment) {
                continue; // source annotations of the draft: for the tool, never for the reader
            } else if (n.hasChildren()) {
                render(n, into, ctx, bold, italic);
            } else {
                into.getContent().add(run(n.getChars().unescape(), bold, italic));
            }
        }
    }

    private static R footnote(Footnote f, DocxContext ctx) {
        List<P> paragraphs = new ArrayList<>();
        if (f.getFootnoteBlock() != null) {
            for (Node c = f.getFootnoteBlock().getFirstChild(); c != null; c = c.getNext()) {
                P p = DocxContext.paragraph("FootnoteText");
                render(c, p, ctx, false, false);
                paragraphs.add(p);
            }
        }
        return ctx.footnotes.add(paragraphs);
    }

    static R run(String text, boolean bold, boolean italic) {
        R r = DocxContext.WML.createR();
        if (bold || italic) {
            RPr rPr = DocxContext.WML.createRPr();
            if (bold) {
                rPr.setB(new BooleanDefaultTrue());
            }
            if (italic) {
                rPr.setI(new BooleanDefaultTrue());
            }
            r.setRPr(rPr);
        }
        org.docx4j.wml.Text t = DocxContext.WML.createText();
        t.setValue(text);
        t.setSpace("preserve");
        r.getContent().add(DocxContext.WML.createRT(t));
        return r;
    }
}
