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

    /** A message of the web bundle. */
    public String get(String key) {
        return Messages.format(locale, BUNDLE, key);
    }

    /** A message with arguments. */
    public String format(String key, Object... args) {
        return Messages.format(locale, BUNDLE, key, args);
    }
}
