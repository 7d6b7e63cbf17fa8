package kg.kodeks.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A light stemmer for Kyrgyz nouns (and the noun-like forms that fill legal text). It strips,
 * right to left, at most one suffix of each class, longest match first:
 *
 * <ol>
 *   <li>clitic: the predicative {@code -дыр} (all harmonic and voiceless variants);
 *   <li>case: genitive {@code -нын/-дын/-тын}, dative {@code -га/-ка}, accusative
 *       {@code -ны/-ды/-ты}, locative {@code -да/-та}, ablative {@code -дан/-тан}, the
 *       attributive locative {@code -дагы/-тагы}, and the pronominal forms with {@code -н-} that
 *       follow a 3rd-person possessive ({@code органы+на}, {@code беренеси+нде},
 *       {@code бөлүгү+нөн}, {@code -ндагы});
 *   <li>possessive: 3rd person {@code -ы/-сы}, 1st person plural {@code -ыбыз/-быз};
 *   <li>plural: {@code -лар/-дар/-тар}.
 * </ol>
 *
 * <p>Each table is written once with the letters {@code A} (the a-type vowel: а е о ө) and
 * {@code I} (the i-type vowel: ы и у ү) and expanded over vowel harmony. A suffix is only
 * stripped when its vowel agrees with the last vowel of what remains and its first consonant
 * agrees with the sound before it (т/к after a voiceless consonant, д/г/л otherwise, н after a
 * vowel, pronominal {@code -н-} only after a possessive), so ordinary endings of stems are rarely
 * mistaken for suffixes. At least three letters are always kept. Then the ambiguous stem
 * endings are folded (see {@link #foldAmbiguousFinal}), a stem-final high vowel after a
 * consonant is dropped (башчы and башчысы meet on башч), and the voiced stem-final
 * {@code г} and {@code б} of {@code бөлүгү}, {@code тартиби} are folded back to {@code к} and
 * {@code п}, so every form of a word meets on one stem.
 *
 * <p>With {@code derivational} on, the verbal noun {@code -уу/-оо}, the participle {@code -ган}
 * and the abstract noun {@code -лык} are stripped too (off by default: they change the meaning,
 * «сатуу» sale from «сат» sell).
 *
 * <p>Works on lower-case, normalised text ({@link CyrillicNormalizer}). Thread-safe.
 */
public final class KyrgyzStemmer {
    /** The shortest stem left by any rule. */
    public static final int MIN_STEM = 3;

    private enum Before {
        /** Whatever precedes (checked only for harmony and voicing). */
        ANY,
        /** A vowel must precede. */
        VOWEL,
        /** A consonant must precede. */
        CONSONANT,
        /** A 3rd-person possessive (ending in ы и у ү) must precede: the pronominal -н- forms. */
        POSSESSIVE
    }

    private record Suffix(String text, Before before, boolean harmonic) {}

    private static final Table CLITICS = new Table(expand(Before.ANY, "дIр", "тIр"));
    private static final Table CASES = new Table(concat(
            expand(Before.VOWEL, "нIн", "нI"),
            expand(Before.CONSONANT, "дIн", "тIн", "дI", "тI"),
            expand(Before.ANY, "гA", "кA", "дA", "тA", "дAн", "тAн", "дAгI", "тAгI"),
            expand(Before.POSSESSIVE, "нA", "ндA", "нAн", "ндAгI")));
    private static final Table POSSESSIVES =
            new Table(concat(expand(Before.CONSONANT, "I", "IбIз"), expand(Before.VOWEL, "сI", "бIз")));
    private static final Table PLURALS = new Table(expand(Before.ANY, "лAр", "дAр", "тAр"));
    /** The verbal noun follows the verb's own harmony (сатуу, иштөө), so it is not checked. */
    private static final Table DERIVATIONS = new Table(concat(
            expand(Before.CONSONANT, "уу", "үү", "оо", "өө").stream()
                    .map(x -> new Suffix(x.text(), x.before(), false))
                    .toList(),
            expand(Before.ANY, "гAн", "кAн", "лIк", "дIк", "тIк")));
    /** A stem-final high vowel after a consonant, whatever put it there. */
    private static final Table FINAL_VOWEL = new Table(expand(Before.CONSONANT, "I"));

    /** A suffix table with its entries grouped by their last letter, longest first in each group. */
    private static final class Table {
        private static final Suffix[] NONE = new Suffix[0];
        private final Suffix[][] byLast = new Suffix[256][];

        Table(List<Suffix> suffixes) {
            for (int c = 0; c < byLast.length; c++) {
                char last = (char) ('\u0400' + c);
                byLast[c] = suffixes.stream()
                        .filter(x -> x.text().charAt(x.text().length() - 1) == last)
                        .toArray(Suffix[]::new);
            }
        }

        Suffix[] endingIn(char c) {
            int i = c - '\u0400';
            return i >= 0 && i < byLast.length ? byLast[i] : NONE;
        }
    }

    private final boolean derivational;

    /** @param derivational also strip the derivational suffixes -уу, -ган, -лык */
    public KyrgyzStemmer(boolean derivational) {
        this.derivational = derivational;
    }

    /** Stems {@code s[0..len)} in place and returns the stem's length. */
    public int stem(char[] s, int len) {
        if (len <= MIN_STEM || !isCyrillicWord(s, len)) {
            return len;
        }
        int n = strip(s, len, CLITICS);
        n = strip(s, n, CASES);
        n = strip(s, n, POSSESSIVES);
        n = strip(s, n, PLURALS);
        if (derivational) {
            n = strip(s, n, DERIVATIONS);
        }
        n = foldAmbiguousFinal(s, n);
        n = strip(s, n, FINAL_VOWEL);
        return unvoiceFinal(s, n);
    }

    /** Convenience for tests and tools: the stem of one lower-case word. */
    public String stem(String word) {
        char[] buffer = word.toCharArray();
        return new String(buffer, 0, stem(buffer, buffer.length));
    }

    private static int strip(char[] s, int len, Table table) {
        for (Suffix suffix : table.endingIn(s[len - 1])) {
            String t = suffix.text();
            int rest = len - t.length();
            if (rest >= MIN_STEM && endsWith(s, len, t) && fits(s, rest, suffix)) {
                return rest;
            }
        }
        return len;
    }

    private static boolean fits(char[] s, int rest, Suffix suffix) {
        char before = s[rest - 1];
        boolean ok = switch (suffix.before()) {
            case ANY -> true;
            case VOWEL -> isVowel(before);
            case CONSONANT -> !isVowel(before);
            case POSSESSIVE -> before == 'ы' || before == 'и' || before == 'у' || before == 'ү';
        };
        return ok
                && voicingAgrees(before, suffix.text().charAt(0))
                && (!suffix.harmonic() || harmonyAgrees(s, rest, suffix.text()));
    }

    /** т and к follow voiceless consonants; д, г and л follow vowels and voiced consonants. */
    private static boolean voicingAgrees(char before, char first) {
        return switch (first) {
            case 'т', 'к' -> isVoiceless(before);
            case 'д', 'г' -> !isVoiceless(before);
            case 'л' -> isVowel(before) || before == 'й' || before == 'р';
            default -> true;
        };
    }

    /** The suffix's first vowel must be the one the last vowel of the stem calls for. */
    private static boolean harmonyAgrees(char[] s, int rest, String suffix) {
        char vowel = firstVowel(suffix);
        char last = lastVowel(s, rest);
        if (vowel == 0 || last == 0) {
            return true;
        }
        if (isIType(vowel)) {
            return vowel == iType(last);
        }
        return vowel == aType(last);
    }

    private static char iType(char last) {
        return switch (last) {
            case 'а', 'ы', 'я' -> 'ы';
            case 'о', 'у', 'ю' -> 'у';
            case 'ө', 'ү' -> 'ү';
            default -> 'и';
        };
    }

    private static char aType(char last) {
        return switch (last) {
            case 'а', 'ы', 'я', 'у', 'ю' -> 'а';
            case 'о' -> 'о';
            case 'ө', 'ү' -> 'ө';
            default -> 'е';
        };
    }

    private static boolean isIType(char c) {
        return c == 'ы' || c == 'и' || c == 'у' || c == 'ү';
    }

    private static char firstVowel(String suffix) {
        for (int i = 0; i < suffix.length(); i++) {
            if (isVowel(suffix.charAt(i))) {
                return suffix.charAt(i);
            }
        }
        return 0;
    }

    private static char lastVowel(char[] s, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (isVowel(s[i])) {
                return s[i];
            }
        }
        return 0;
    }

    /**
     * Two readings of one ending cannot be told apart without a dictionary: органы is орган +
     * ы, беренени is берене + ни; облусу is облус + у, мүчөсү is мүчө + сү. The case and
     * possessive steps take the vowel-stem reading, so the stem of the other kind must lose its
     * final н (after a vowel) or с (after a high vowel) too, for all its forms to meet: орган
     * and органы both give орга, облус and облусу both give обл.
     */
    private static int foldAmbiguousFinal(char[] s, int len) {
        if (len <= MIN_STEM || !isVowel(s[len - 2])) {
            return len;
        }
        char last = s[len - 1];
        char vowel = s[len - 2];
        boolean high = vowel == 'ы' || vowel == 'и' || vowel == 'у' || vowel == 'ү';
        if (last == 'н' || last == 'с' && high) {
            return len - 1;
        }
        return len;
    }

    /** бөлүг → бөлүк, тартиб → тартип: the voiced form before a vowel suffix folds back. */
    private static int unvoiceFinal(char[] s, int len) {
        if (len > MIN_STEM) {
            if (s[len - 1] == 'г') {
                s[len - 1] = 'к';
            } else if (s[len - 1] == 'б') {
                s[len - 1] = 'п';
            }
        }
        return len;
    }

    static boolean isVowel(char c) {
        return switch (c) {
            case 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'ө', 'ү' -> true;
            default -> false;
        };
    }

    private static boolean isVoiceless(char c) {
        return switch (c) {
            case 'к', 'п', 'с', 'т', 'ф', 'х', 'ц', 'ч', 'ш', 'щ' -> true;
            default -> false;
        };
    }

    private static boolean isCyrillicWord(char[] s, int len) {
        for (int i = 0; i < len; i++) {
            char c = s[i];
            if (c < 'а' && c != 'ё' || c > 'я' && c != 'ё' && c != 'ө' && c != 'ү' && c != 'ң') {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(char[] s, int len, String suffix) {
        int start = len - suffix.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (s[start + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Expands templates over harmony: A → а е о ө, I → ы и у ү; longest first. */
    private static List<Suffix> expand(Before before, String... templates) {
        List<Suffix> out = new ArrayList<>();
        for (String template : templates) {
            List<String> forms = List.of("");
            for (char c : template.toCharArray()) {
                String letters = c == 'A' ? "аеоө" : c == 'I' ? "ыиуү" : String.valueOf(c);
                List<String> next = new ArrayList<>();
                for (String form : forms) {
                    for (char letter : letters.toCharArray()) {
                        next.add(form + letter);
                    }
                }
                forms = next;
            }
            forms.forEach(f -> out.add(new Suffix(f, before, true)));
        }
        out.sort(Comparator.comparingInt((Suffix x) -> x.text().length()).reversed());
        return List.copyOf(out);
    }

    @SafeVarargs
    private static List<Suffix> concat(List<Suffix>... tables) {
        List<Suffix> out = new ArrayList<>();
        for (List<Suffix> table : tables) {
            out.addAll(table);
        }
        out.sort(Comparator.comparingInt((Suffix x) -> x.text().length()).reversed());
        return List.copyOf(out);
    }
}
