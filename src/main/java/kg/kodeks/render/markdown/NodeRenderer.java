package kg.kodeks.render.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.List;

/** Renders one kind of block node into docx4j block content. */
interface NodeRenderer<T extends Node> {
    void render(T node, DocxContext ctx, List<Object> out);
}
