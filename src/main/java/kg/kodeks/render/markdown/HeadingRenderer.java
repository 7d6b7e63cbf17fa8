package kg.kodeks.render.markdown;

import com.vladsch.flexmark.ast.Heading;
import java.util.List;
import java.util.regex.Pattern;
import org.docx4j.wml.P;

/**
 * Headings take the template's {@code Heading1}…{@code Heading4} styles. A heading starts a new
 * article (or chapter), so the numbering of parts restarts after it. Article headings
 * («Статья 12.», «12-берене.») are bold whatever the style says, as the official layout wants.
 */
final class HeadingRenderer implements NodeRenderer<Heading> {
    private static final Pattern ARTICLE = Pattern.compile("^(Статья\\s+\\d|\\d+(-\\d+)?-берене)");

    @Override
    public void render(Heading node, DocxContext ctx, List<Object> out) {
        ctx.legalNum = null;
        P p = DocxContext.paragraph("Heading" + Math.min(node.getLevel(), 4));
        boolean article = ARTICLE.matcher(node.getText().toString().trim()).find();
        InlineRenderer.render(node, p, ctx, article, false);
        out.add(p);
    }
}
