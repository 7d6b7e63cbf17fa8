package kg.kodeks.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Pebble templates from the classpath, with escaping of every printed value switched on. */
final class Views {
    private final PebbleEngine engine;

    Views() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("kg/kodeks/web/templates");
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(false)
                .cacheActive(true)
                .build();
    }

    /** Renders a page into the response as UTF-8 HTML. */
    void show(io.javalin.http.Context ctx, String name, Map<String, Object> model) {
        ctx.html(render(name, model));
        ctx.res().setCharacterEncoding("UTF-8");
    }

    /** Renders a page with the common values (ui, csrf, user, path) already in the model. */
    String render(String name, Map<String, Object> model) {
        PebbleTemplate template = engine.getTemplate(name);
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, new HashMap<>(model), ((Ui) model.get("t")).locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
