package kg.kodeks.render.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.math.BigInteger;
import java.util.List;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;

/**
 * What the node renderers share while one Markdown text is rendered: the package (for
 * numbering and footnotes), the list numbering of the current article, and the dispatch back
 * to the renderer of each child node.
 */
final class DocxContext {
    static final ObjectFactory WML = Context.getWmlObjectFactory();

    final WordprocessingMLPackage pkg;
    final Numbering numbering;
    final Footnotes footnotes;
    private final MarkdownRenderer dispatcher;
    /** The numbering instance of the parts and points of the current article; null until used. */
    BigInteger legalNum;
    /** How deep the current list is nested, 0 outside lists. */
    int listDepth;

    DocxContext(WordprocessingMLPackage pkg, MarkdownRenderer dispatcher) {
        this.pkg = pkg;
        this.numbering = new Numbering(pkg);
        this.footnotes = new Footnotes(pkg);
        this.dispatcher = dispatcher;
    }

    void renderChildren(Node parent, List<Object> out) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            dispatcher.renderBlock(child, this, out);
        }
    }

    void renderOne(Node node, List<Object> out) {
        dispatcher.renderBlock(node, this, out);
    }

    /** A paragraph with the given style (left out when null). */
    static P paragraph(String style) {
        P p = WML.createP();
        if (style != null) {
            PPr ppr = WML.createPPr();
            PPrBase.PStyle ps = WML.createPPrBasePStyle();
            ps.setVal(style);
            ppr.setPStyle(ps);
            p.setPPr(ppr);
        }
        return p;
    }

    /** Puts a paragraph on a numbering list at a level. */
    static void number(P p, BigInteger numId, int level) {
        if (p.getPPr() == null) {
            p.setPPr(WML.createPPr());
        }
        PPrBase.NumPr numPr = WML.createPPrBaseNumPr();
        PPrBase.NumPr.NumId id = WML.createPPrBaseNumPrNumId();
        id.setVal(numId);
        PPrBase.NumPr.Ilvl ilvl = WML.createPPrBaseNumPrIlvl();
        ilvl.setVal(BigInteger.valueOf(level));
        numPr.setNumId(id);
        numPr.setIlvl(ilvl);
        p.getPPr().setNumPr(numPr);
    }
}
