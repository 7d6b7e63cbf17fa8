package kg.kodeks.render.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import org.docx4j.wml.P;

/** Quoted paragraphs (the drafts' notes) in the template's {@code Quote} style. */
final class QuoteRenderer implements NodeRenderer<BlockQuote> {
    @Override
    public void render(BlockQuote node, DocxContext ctx, List<Object> out) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph) {
                P p = DocxContext.paragraph("Quote");
                InlineRenderer.render(c, p, ctx, false, true);
                out.add(p);
            } else {
                ctx.renderChildren(c, out);
            }
        }
    }
}
