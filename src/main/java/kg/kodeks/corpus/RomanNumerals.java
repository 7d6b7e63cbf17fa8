package kg.kodeks.corpus;

/** Roman numerals of sections and some chapters (I, IV, XII); Cyrillic «І» is read as I. */
final class RomanNumerals {
    private RomanNumerals() {}

    /** The value of a Roman numeral, or null when the text is not one. */
    static Integer value(String text) {
        String s = text.trim().toUpperCase(java.util.Locale.ROOT).replace('І', 'I');
        if (s.isEmpty() || !s.matches("[IVXLC]+")) {
            return null;
        }
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = digit(s.charAt(i));
            boolean subtract = i + 1 < s.length() && v < digit(s.charAt(i + 1));
            total += subtract ? -v : v;
        }
        return total;
    }

    private static int digit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            default -> 100;
        };
    }
}
