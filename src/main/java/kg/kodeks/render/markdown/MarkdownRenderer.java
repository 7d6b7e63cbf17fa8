package kg.kodeks.render.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/**
 * Renders Markdown into the block content of a docx4j package: dispatches each block node to
 * the renderer of its kind. Front matter and footnote definitions are not rendered where they
 * stand (footnotes go to the footnotes part from their references); HTML comments, which carry the
 * draft's source annotations, are not rendered at all. One instance per package.
 */
public final class MarkdownRenderer {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
                    .set(
                            Parser.EXTENSIONS,
                            List.of(
                                    TablesExtension.create(),
                                    FootnoteExtension.create(),
                                    YamlFrontMatterExtension.create())))
            .build();

    private final Map<Class<?>, NodeRenderer<?>> renderers = Map.of(
            Heading.class, new HeadingRenderer(),
            Paragraph.class, new ParagraphRenderer(),
            BulletList.class, new ListRenderer(),
            OrderedList.class, new ListRenderer(),
            TableBlock.class, new TableRenderer(),
            BlockQuote.class, new QuoteRenderer());
    /**
     * Blocks nested deeper than this (quotes in quotes, lists in lists) are kept as their plain
     * text: Word shows nine list levels, and unbounded nesting from a data file would otherwise
     * recurse until the stack overflows.
     */
    static final int MAX_DEPTH = 32;

    private final DocxContext ctx;
    private int depth;

    public MarkdownRenderer(WordprocessingMLPackage pkg) {
        this.ctx = new DocxContext(pkg, this);
    }

    /** The paragraphs and tables of a Markdown text. */
    public List<Object> render(String markdown) {
        Node doc = PARSER.parse(markdown);
        List<Object> out = new ArrayList<>();
        ctx.legalNum = null;
        ctx.renderChildren(doc, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    void renderBlock(Node node, DocxContext context, List<Object> out) {
        if (node instanceof YamlFrontMatterBlock || node instanceof FootnoteBlock || node instanceof HtmlCommentBlock) {
            return;
        }
        NodeRenderer<Node> r = (NodeRenderer<Node>) renderers.get(node.getClass());
        if (depth < MAX_DEPTH
                && (r != null
                        || node.hasChildren() && !(node.getFirstChild() instanceof com.vladsch.flexmark.ast.Text))) {
            depth++;
            try {
                if (r != null) {
                    r.render(node, context, out);
                } else {
                    context.renderChildren(node, out);
                }
            } finally {
                depth--;
            }
        } else {
            // Code blocks, HTML, thematic breaks and blocks nested too deep: kept as their plain
            // text, nothing is lost.
            String text = node.getChars().toString().strip();
            if (!text.isEmpty() && !text.matches("[-*_\\s]+")) {
                org.docx4j.wml.P p = DocxContext.paragraph(null);
                p.getContent().add(InlineRenderer.run(text, false, false));
                out.add(p);
            }
        }
    }

    /** A table-of-contents field over heading levels 1–3, filled when the reader updates fields. */
    public static Object tableOfContents(String placeholder) {
        String xml = "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t xml:space=\"preserve\">"
                + escape(placeholder) + "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        try {
            return XmlUtils.unwrap(XmlUtils.unmarshalString(xml));
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
