package kg.kodeks.render.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The data a tag is read from: the item of the innermost loop, then the enclosing ones, up to
 * the document's data. {@code @no} is the 1-based number of the current loop item and
 * {@code .} the item itself (for lists of plain values).
 */
public final class Scope {
    /** What a lookup gives when no scope knows the name, unlike a known name holding null. */
    public static final Object MISSING = new Object();

    private final Object data;
    private final Scope parent;
    private final int index;

    private Scope(Object data, Scope parent, int index) {
        this.data = data;
        this.parent = parent;
        this.index = index;
    }

    public static Scope root(Map<String, ?> data) {
        return new Scope(data, null, -1);
    }

    /** The scope of one loop item, or of a section opened on a value that is not a list. */
    public Scope child(Object item, int itemIndex) {
        return new Scope(item, this, itemIndex);
    }

    /** The value at a dotted path, or {@link #MISSING}. */
    public Object lookup(String path) {
        if (path.equals(".")) {
            return data;
        }
        if (path.equals("@no")) {
            for (Scope s = this; s != null; s = s.parent) {
                if (s.index >= 0) {
                    return s.index + 1;
                }
            }
            return MISSING;
        }
        String[] parts = path.split("\\.");
        for (Scope s = this; s != null; s = s.parent) {
            if (s.data instanceof Map<?, ?> map && map.containsKey(parts[0])) {
                return walk(map.get(parts[0]), parts);
            }
        }
        return MISSING;
    }

    private static Object walk(Object value, String[] parts) {
        Object v = value;
        for (int i = 1; i < parts.length; i++) {
            if (v instanceof Map<?, ?> map && map.containsKey(parts[i])) {
                v = map.get(parts[i]);
            } else {
                return MISSING;
            }
        }
        return v;
    }

    /** False for missing, null, false, empty text, empty lists and zero; true otherwise. */
    public static boolean truthy(Object v) {
        if (v == null || v == MISSING) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof CharSequence s) {
            return !s.toString().isBlank();
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return true;
    }

    /** The items a section repeats over: the list itself, or the value once when it is true. */
    public static List<?> items(Object v, boolean inverted) {
        boolean t = truthy(v);
        if (inverted) {
            return t ? List.of() : List.of(Boolean.TRUE);
        }
        if (!t) {
            return List.of();
        }
        return v instanceof List<?> list ? list : List.of(v);
    }
}
