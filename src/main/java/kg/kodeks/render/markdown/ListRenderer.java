package kg.kodeks.render.markdown;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.math.BigInteger;
import java.util.List;
import org.docx4j.wml.P;

/**
 * Lists as native numbering. Ordered lists are the parts ({@code 1.}) and points ({@code 1)}) of
 * an article: they share the article's numbering instance, parts on level 0 and points one
 * level deeper, so points restart under every part and everything restarts at the next heading.
 * Bullet lists get a bullet instance of their own.
 */
final class ListRenderer implements NodeRenderer<ListBlock> {
    @Override
    public void render(ListBlock node, DocxContext ctx, List<Object> out) {
        BigInteger numId;
        int level;
        if (node instanceof OrderedList ol) {
            level = ctx.listDepth + (ol.getDelimiter() == ')' ? 1 : 0);
            if (ctx.legalNum == null) {
                ctx.legalNum = ctx.numbering.newLegal(Math.min(level, 2), ol.getStartNumber());
            }
            numId = ctx.legalNum;
        } else {
            level = ctx.listDepth;
            numId = ctx.numbering.newBullets();
        }
        ctx.listDepth++;
        try {
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                boolean first = true;
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Paragraph && first) {
                        P p = DocxContext.paragraph(node instanceof BulletList ? "ListParagraph" : null);
                        DocxContext.number(p, numId, Math.min(level, 2));
                        InlineRenderer.render(c, p, ctx, false, false);
                        out.add(p);
                        first = false;
                    } else {
                        ctx.renderOne(c, out);
                    }
                }
            }
        } finally {
            ctx.listDepth--;
        }
    }
}
