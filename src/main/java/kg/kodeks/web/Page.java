package kg.kodeks.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values every page needs: messages, the CSRF token, the user, the language links. */
final class Page {
    private Page() {}

    static Map<String, Object> model(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        Ui ui = ctx.attribute("ui");
        Session session = Guard.session(ctx);
        model.put("t", ui);
        model.put("lang", ui.code());
        model.put("csrf", session.csrfToken());
        model.put("user", session.user());
        model.put("path", ctx.path());
        model.put("languages", languageLinks(ctx));
        return model;
    }

    /** Links to the same page in each interface language, keeping the other query parameters. */
    private static Map<String, String> languageLinks(Context ctx) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String code : new String[] {"ky", "ru", "en"}) {
            StringBuilder query = new StringBuilder("?ui=").append(code);
            ctx.queryParamMap().forEach((name, values) -> {
                if (!name.equals("ui")) {
                    for (String value : values) {
                        query.append('&').append(encode(name)).append('=').append(encode(value));
                    }
                }
            });
            links.put(code, ctx.path() + query);
        }
        return links;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
