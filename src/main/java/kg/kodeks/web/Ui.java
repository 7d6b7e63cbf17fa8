package kg.kodeks.web;

import io.javalin.http.Context;
import java.util.Locale;
import kg.kodeks.error.Messages;

/**
 * The interface language of a request: {@code ?ui=ky|ru|en} (remembered in a cookie), else the
 * cookie, else Russian. Passed to templates as {@code t}, so pages call {@code t.get("key")}.
 */
public final class Ui {
    static final String BUNDLE = "kg.kodeks.web.messages";
    /** Pages with a bundle of their own ({@code kg/kodeks/web/<page>.properties}), named by the key's first word. */
    private static final java.util.Set<String> PAGE_BUNDLES =
            java.util.Set.of("search", "findings", "draft", "review", "documents");

    static final String COOKIE = "kodeks_ui";
    private final Locale locale;

    Ui(Locale locale) {
        this.locale = locale;
    }

    static Ui of(Context ctx) {
        String asked = ctx.queryParam("ui");
        if (asked != null && code(asked) != null) {
            ctx.res().addHeader("Set-Cookie", COOKIE + "=" + code(asked) + "; Path=/; Max-Age=31536000; SameSite=Lax");
            return new Ui(Locale.forLanguageTag(code(asked)));
        }
        String remembered = code(ctx.cookie(COOKIE));
        return new Ui(Locale.forLanguageTag(remembered == null ? "ru" : remembered));
    }

    private static String code(String text) {
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "ky", "kir" -> "ky";
            case "ru", "rus" -> "ru";
            case "en" -> "en";
            default -> null;
        };
    }

    public Locale locale() {
        return locale;
    }

    /** The language code of the page: ky, ru or en. */
    public String code() {
        return locale.getLanguage().isEmpty() ? "ru" : locale.getLanguage();
    }

    /** A message of the web bundles. */
    public String get(String key) {
        return Messages.format(locale, bundle(key), key);
    }

    /** A message with arguments. */
    public String format(String key, Object... args) {
        return Messages.format(locale, bundle(key), key, args);
    }

    // Pebble does not call varargs methods from templates: fixed arities for t.format("key", a, b).
    public String format(String key, Object a) {
        return Messages.format(locale, bundle(key), key, a);
    }

    public String format(String key, Object a, Object b) {
        return Messages.format(locale, bundle(key), key, a, b);
    }

    public String format(String key, Object a, Object b, Object c) {
        return Messages.format(locale, bundle(key), key, a, b, c);
    }

    /** «search.title» comes from the search page's bundle, «nav.search» from the shared one. */
    private static String bundle(String key) {
        int dot = key.indexOf('.');
        String page = dot < 0 ? "" : key.substring(0, dot);
        return PAGE_BUNDLES.contains(page) ? "kg.kodeks.web." + page : BUNDLE;
    }
}
