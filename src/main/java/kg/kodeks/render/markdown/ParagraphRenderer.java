package kg.kodeks.render.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import java.util.List;
import org.docx4j.wml.P;

/** A paragraph in the template's {@code Normal} style (set by leaving the style out). */
final class ParagraphRenderer implements NodeRenderer<Paragraph> {
    @Override
    public void render(Paragraph node, DocxContext ctx, List<Object> out) {
        P p = DocxContext.paragraph(null);
        InlineRenderer.render(node, p, ctx, false, false);
        out.add(p);
    }
}
