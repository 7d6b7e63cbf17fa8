package kg.kodeks.render.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One template tag: {@code {{name}}} (a field), {@code {{#name}}} (a section: loop or
 * condition), {@code {{^name}}} (an inverted section), {@code {{/name}}} (the end of a section),
 * {@code {{>name}}} (a Markdown block).
 *
 * @param kind what the tag does
 * @param name the data path, as in {@code chair.name}
 */
public record Tag(Kind kind, String name) {
    /** What a tag does. */
    public enum Kind {
        FIELD,
        OPEN,
        INVERTED,
        CLOSE,
        BLOCK
    }

    /** A whole tag, with optional spaces inside the braces. */
    public static final Pattern PATTERN =
            Pattern.compile("\\{\\{\\s*([#^/>]?)\\s*([\\p{L}_@][\\p{L}\\p{N}_.@-]*|\\.)\\s*}}");

    /** Reads a text that is exactly one tag; null when it is not. */
    public static Tag parse(String text) {
        if (text == null || !text.startsWith("{{")) {
            return null;
        }
        Matcher m = PATTERN.matcher(text);
        if (!m.matches()) {
            return null;
        }
        Kind kind = switch (m.group(1)) {
            case "#" -> Kind.OPEN;
            case "^" -> Kind.INVERTED;
            case "/" -> Kind.CLOSE;
            case ">" -> Kind.BLOCK;
            default -> Kind.FIELD;
        };
        return new Tag(kind, m.group(2));
    }

    public boolean opens() {
        return kind == Kind.OPEN || kind == Kind.INVERTED;
    }

    public boolean closes() {
        return kind == Kind.CLOSE;
    }

    @Override
    public String toString() {
        String sigil = switch (kind) {
            case OPEN -> "#";
            case INVERTED -> "^";
            case CLOSE -> "/";
            case BLOCK -> ">";
            case FIELD -> "";
        };
        return "{{" + sigil + name + "}}";
    }
}
