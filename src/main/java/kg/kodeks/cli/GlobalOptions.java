package kg.kodeks.cli;

import java.nio.file.Path;
import java.util.Locale;
import kg.kodeks.model.Language;
import picocli.CommandLine.Option;

/**
 * Options every command accepts, before or after its name ({@code kodeks --json corpus} and
 * {@code kodeks corpus --json} mean the same): one instance is shared by the whole command tree.
 */
public final class GlobalOptions {
    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            description =
                    "Workspace folder (default: the current folder if it holds corpus/, else the bundled sample).")
    Path workspace;

    @Option(
            names = "--lang",
            paramLabel = "kir|rus",
            converter = LanguageConverter.class,
            description = "Language of the content to work on (kir or rus; ky and ru accepted).")
    Language language;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Option(names = "--ui", paramLabel = "ru|ky|en", description = "Language of messages (default: ru, or KODEKS_UI).")
    String ui;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    /** The language of messages: --ui, else the environment's KODEKS_UI, else Russian. */
    public Locale uiLocale() {
        String code = ui != null ? ui : System.getenv("KODEKS_UI");
        if (code == null || code.isBlank()) {
            return Locale.forLanguageTag("ru");
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "en", "eng" -> Locale.ENGLISH;
            case "ky", "kir", "kg" -> Locale.forLanguageTag("ky");
            default -> Locale.forLanguageTag("ru");
        };
    }

    public Language language() {
        return language;
    }

    public boolean json() {
        return json;
    }

    public boolean debug() {
        return debug;
    }

    public Path workspace() {
        return workspace;
    }
}
