package kg.kodeks.findings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers written as words in Russian and Kyrgyz («десяти», «тридцать пять», «он беш»), in any
 * case form. Russian forms are matched by their stems, Kyrgyz ones by the word and its endings.
 */
final class NumberWords {
    /** Russian stems, longest first where one is the prefix of another. */
    private static final Map<String, Integer> RUSSIAN = new LinkedHashMap<>();

    private static final Map<String, Integer> KYRGYZ = new LinkedHashMap<>();

    static {
        String[][] ru = {
            {"1", "один одна одно одного одной одному одну одним"},
            {"2", "два две двух двум двумя"},
            {"3", "три трех трем тремя"},
            {"4", "четыре четырех четырем четырьмя"},
            {"5", "пять пяти пятью"},
            {"6", "шесть шести шестью"},
            {"7", "семь семи"},
            {"8", "восемь восьми восемью"},
            {"9", "девять девяти девятью"},
            {"10", "десять десяти десятью"},
            {"11", "одиннадцать одиннадцати"},
            {"12", "двенадцать двенадцати"},
            {"13", "тринадцать тринадцати"},
            {"14", "четырнадцать четырнадцати"},
            {"15", "пятнадцать пятнадцати"},
            {"16", "шестнадцать шестнадцати"},
            {"17", "семнадцать семнадцати"},
            {"18", "восемнадцать восемнадцати"},
            {"19", "девятнадцать девятнадцати"},
            {"20", "двадцать двадцати двадцатью"},
            {"30", "тридцать тридцати тридцатью"},
            {"40", "сорок сорока"},
            {"50", "пятьдесят пятидесяти"},
            {"60", "шестьдесят шестидесяти"},
            {"70", "семьдесят семидесяти"},
            {"80", "восемьдесят восьмидесяти"},
            {"90", "девяносто девяноста"},
            {"100", "сто ста"},
        };
        for (String[] e : ru) {
            for (String form : e[1].split(" ")) {
                RUSSIAN.put(form, Integer.parseInt(e[0]));
            }
        }
        String[][] ky = {
            {"бир", "1"},
            {"эки", "2"},
            {"үч", "3"},
            {"төрт", "4"},
            {"беш", "5"},
            {"алты", "6"},
            {"жети", "7"},
            {"сегиз", "8"},
            {"тогуз", "9"},
            {"он", "10"},
            {"жыйырма", "20"},
            {"отуз", "30"},
            {"кырк", "40"},
            {"элүү", "50"},
            {"алтымыш", "60"},
            {"жетимиш", "70"},
            {"сексен", "80"},
            {"токсон", "90"},
            {"жүз", "100"},
        };
        for (String[] e : ky) {
            KYRGYZ.put(e[0], Integer.parseInt(e[1]));
        }
    }

    private NumberWords() {}

    /** The value of one number word, or -1. */
    static int value(String word) {
        Integer ru = RUSSIAN.get(word);
        return ru != null ? ru : kyrgyz(word);
    }

    private static int kyrgyz(String word) {
        Integer plain = KYRGYZ.get(word);
        if (plain != null) {
            return plain;
        }
        // Case endings on a number word: «онго», «үчтөн», «бештен», «экиден», «отуздан».
        for (Map.Entry<String, Integer> e : KYRGYZ.entrySet()) {
            String w = e.getKey();
            if (word.startsWith(w) && KYRGYZ_ENDINGS.contains(word.substring(w.length()))) {
                return e.getValue();
            }
        }
        return -1;
    }

    private static final java.util.Set<String> KYRGYZ_ENDINGS = java.util.Set.of(
            "өн", "төн", "тен", "тан", "дан", "ден", "дөн", "дон", "го", "ге", "гө", "ка", "ке", "кө", "ко", "нын",
            "нин", "дын", "дин", "дун", "дүн", "си", "сине", "синен", "синин", "син", "и", "ине", "инен", "инин", "ин",
            "ы", "ынан", "ына", "ынын", "ү", "үнөн", "үнө", "үнүн", "у", "унан", "уна", "унун");

    /**
     * Reads a number written in words starting at token {@code i}: tens and units are added
     * («тридцати пяти», «он беш»). Returns the value and the index after the last word, or null.
     */
    static int[] read(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        int first = value(tokens.get(i).text());
        if (first < 0) {
            return null;
        }
        int total = first;
        int next = i + 1;
        if ((first == 100 || first % 10 == 0) && next < tokens.size()) {
            int second = value(tokens.get(next).text());
            if (second > 0 && second < first && (first == 100 || second < 10)) {
                total += second;
                next++;
            }
        }
        return new int[] {total, next};
    }
}
