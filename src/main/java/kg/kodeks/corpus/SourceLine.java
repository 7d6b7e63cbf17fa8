package kg.kodeks.corpus;

/** One line of a source file with its 1-based number, so every problem can name its line. */
public record SourceLine(int number, String text) {
    public SourceLine {
        text = text == null ? "" : text;
    }
}
