package kg.kodeks.findings;

/** One sentence that says what is wrong, in Russian and in Kyrgyz. */
public record Explanation(String rus, String kir) {}
