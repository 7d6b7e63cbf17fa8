package kg.kodeks.web;

/**
 * Messages with arguments for the draft templates. Pebble matches a method by its number of
 * parameters and does not spread arguments into a varargs array, so {@code t.format("key", a)}
 * finds no method there; these fixed-arity forms delegate to {@link Ui#format}.
 */
public final class DraftText {
    private final Ui ui;

    DraftText(Ui ui) {
        this.ui = ui;
    }

    public String format(String key, Object a) {
        return ui.format(key, a);
    }

    public String format(String key, Object a, Object b) {
        return ui.format(key, a, b);
    }

    public String format(String key, Object a, Object b, Object c) {
        return ui.format(key, a, b, c);
    }
}
