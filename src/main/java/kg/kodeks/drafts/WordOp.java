package kg.kodeks.drafts;

/**
 * One run of words in a word-level comparison.
 *
 * @param op {@code =} kept, {@code +} inserted, {@code -} deleted
 * @param text the words of the run, separated by single spaces
 */
public record WordOp(String op, String text) {
    public WordOp {
        if (!"=".equals(op) && !"+".equals(op) && !"-".equals(op)) {
            throw new IllegalArgumentException("op must be =, + or -, got " + op);
        }
    }
}
