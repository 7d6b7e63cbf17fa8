package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds quantities in the text of a norm, in Russian and Kyrgyz: deadlines and terms (digits or
 * number words with days, weeks, months, years, hours), quorums and majorities («две трети»,
 * «большинство», «не менее половины», «үчтөн эки», «көпчүлүк», «жарымынан кем эмес»),
 * percentages, amounts in som or in calculation units, ages, and counts of people.
 */
final class Quantities {
    /** A strict majority: more than half, kept apart from «не менее половины». */
    static final double MAJORITY = 0.5001;

    private static final Map<String, String> PERSONS = Map.ofEntries(
            Map.entry("депутат", "deputy"),
            Map.entry("член", "member"),
            Map.entry("мүчө", "member"),
            Map.entry("человек", "person"),
            Map.entry("адам", "person"),
            Map.entry("жител", "resident"),
            Map.entry("жашоочу", "resident"),
            Map.entry("граждан", "citizen"),
            Map.entry("жаран", "citizen"),
            Map.entry("подпис", "signature"),
            Map.entry("кол тамга", "signature"),
            Map.entry("избирател", "voter"),
            Map.entry("шайлоочу", "voter"),
            Map.entry("мест", "seat"),
            Map.entry("орун", "seat"));

    private Quantities() {}

    static List<Quantity> find(String text) {
        List<Token> tokens = Token.of(text);
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int next = fraction(tokens, i, text, out);
            if (next < 0) {
                next = numbered(tokens, i, out);
            }
            if (next < 0) {
                next = impliedOne(tokens, i, out);
            }
            if (next < 0) {
                next = calendarDay(tokens, i, out);
            }
            i = next < 0 ? i + 1 : next;
        }
        return out;
    }

    /** Quorums and majorities; returns the index after them or -1. */
    private static int fraction(List<Token> tokens, int i, String text, List<Quantity> out) {
        String w = tokens.get(i).text();
        // «две трети», «двух третей», «трех четвертей»
        if (i + 1 < tokens.size()) {
            String n = tokens.get(i + 1).text();
            int num = NumberWords.value(w);
            if (tokens.get(i).isNumber()
                    && isSlash(text, tokens.get(i), tokens.get(i + 1))
                    && tokens.get(i + 1).isNumber()) {
                double v = (double) tokens.get(i).leadingNumber()
                        / Math.max(1, tokens.get(i + 1).leadingNumber());
                return add(out, "fraction", "share", v, tokens, i, i + 2);
            }
            int denominator = ordinal(n);
            if (num > 0 && num < 10 && denominator > num && !tokens.get(i).isNumber()) {
                return add(out, "fraction", "share", (double) num / denominator, tokens, i, i + 2);
            }
            // Kyrgyz puts the denominator first: «үчтөн эки» is two of three, «он экиден бир» one of twelve.
            int[] den = NumberWords.read(tokens, i);
            if (den != null
                    && den[1] < tokens.size()
                    && den[0] > 1
                    && !tokens.get(i).isNumber()) {
                String last = tokens.get(den[1] - 1).text();
                int kyNum = NumberWords.value(tokens.get(den[1]).text());
                if (kyNum > 0 && kyNum < den[0] && last.matches("\\p{L}+(төн|тен|дан|ден|тан|дөн|дон|тон|нан|нен)")) {
                    return add(out, "fraction", "share", (double) kyNum / den[0], tokens, i, den[1] + 1);
                }
            }
        }
        if (w.startsWith("половин") || w.startsWith("жарым")) {
            int from = i;
            double value = 0.5;
            if (i >= 1
                    && (tokens.get(i - 1).text().equals("более")
                            || tokens.get(i - 1).text().equals("свыше"))) {
                value = MAJORITY;
                from = i - 1;
            } else if (i >= 2
                    && tokens.get(i - 2).text().equals("не")
                    && tokens.get(i - 1).text().equals("менее")) {
                from = i - 2;
            }
            int to = i + 1;
            if (w.startsWith("жарым") && to < tokens.size()) {
                String after = tokens.get(to).text();
                if (after.startsWith("ашы") || after.startsWith("көб")) {
                    value = MAJORITY;
                    to++;
                } else if (after.equals("кем")
                        && to + 1 < tokens.size()
                        && tokens.get(to + 1).text().equals("эмес")) {
                    to += 2;
                }
            }
            return add(out, "fraction", "share", value, tokens, from, to);
        }
        if ((w.startsWith("большинств") || w.startsWith("көпчүлүг") || w.equals("көпчүлүк"))
                && !fractionNear(tokens, i)) {
            return add(out, "fraction", "share", MAJORITY, tokens, i, i + 1);
        }
        return -1;
    }

    /** A majority named together with its fraction («большинством в две трети») is that fraction. */
    private static boolean fractionNear(List<Token> tokens, int i) {
        for (int j = Math.max(0, i - 3); j < Math.min(tokens.size(), i + 4); j++) {
            String t = tokens.get(j).text();
            if (j != i
                    && (t.startsWith("трет")
                            || t.startsWith("четверт")
                            || t.startsWith("үчтөн")
                            || t.startsWith("төрттөн")
                            || t.startsWith("квалифицир")
                            || t.startsWith("процент")
                            || t.startsWith("половин")
                            || t.startsWith("жарым"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSlash(String text, Token a, Token b) {
        return text.substring(a.end(), b.start()).trim().equals("/");
    }

    /** A number (digits or words) with the unit after it; returns the index after the unit or -1. */
    private static int numbered(List<Token> tokens, int i, List<Quantity> out) {
        Token t = tokens.get(i);
        double value;
        int next;
        if (t.isNumber() && t.suffixAfterNumber().isEmpty()) {
            value = t.leadingNumber();
            next = i + 1;
        } else {
            int[] word = NumberWords.read(tokens, i);
            if (word == null) {
                return -1;
            }
            value = word[0];
            next = word[1];
        }
        if (next >= tokens.size()) {
            return -1;
        }
        String unitWord = tokens.get(next).text();
        boolean working = false;
        if (unitWord.startsWith("рабоч")
                || unitWord.equals("жумуш")
                || unitWord.startsWith("календар")
                || isAdjective(unitWord)
                        && next + 1 < tokens.size()
                        && durationDays(tokens.get(next + 1).text()) > 0) {
            working = unitWord.startsWith("рабоч") || unitWord.equals("жумуш");
            if (next + 1 >= tokens.size()) {
                return -1;
            }
            next++;
            unitWord = tokens.get(next).text();
        }
        double days = durationDays(unitWord);
        if (days >= 365 && value >= 1000) {
            return -1; // «2019 года» is a date, not a term
        }
        if (days > 0) {
            if (isAge(tokens, i, unitWord)) {
                return add(out, "age", "year", value, tokens, i, next + 1);
            }
            return add(
                    out,
                    "duration",
                    working ? "working-day" : days < 1 ? "hour" : "day",
                    days < 1 ? value : value * days,
                    tokens,
                    i,
                    next + 1);
        }
        if (unitWord.startsWith("жаш") && !unitWord.startsWith("жашоо")) {
            return add(out, "age", "year", value, tokens, i, next + 1);
        }
        if (unitWord.startsWith("процент") || unitWord.equals("%") || unitWord.startsWith("пайыз")) {
            return add(out, "percent", "percent", value, tokens, i, next + 1);
        }
        if (unitWord.startsWith("сом")) {
            return add(out, "amount", "som", value, tokens, i, next + 1);
        }
        if (unitWord.startsWith("расчетн") || unitWord.startsWith("эсептик")) {
            return add(out, "amount", "calculation-unit", value, tokens, i, Math.min(tokens.size(), next + 2));
        }
        for (int j = next; j < Math.min(tokens.size(), next + 2); j++) {
            String person = person(tokens.get(j).text());
            if (person != null) {
                return add(out, "count", person, value, tokens, i, j + 1);
            }
        }
        return -1;
    }

    /** A Russian adjective between a number and its unit: «два последующих года». */
    private static boolean isAdjective(String w) {
        return w.length() > 4
                && w.matches("\\p{L}+(ых|их|ий|ый|ие|ые|ого|его|лык|лик|лук|лүк|дык|дик|дук|дүк|тык|тик|тук|түк)");
    }

    /** Denominators written as ordinals: «одной двенадцатой», «двух третей». */
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("трет", 3),
            Map.entry("четверт", 4),
            Map.entry("пят", 5),
            Map.entry("шест", 6),
            Map.entry("седьм", 7),
            Map.entry("восьм", 8),
            Map.entry("девят", 9),
            Map.entry("десят", 10),
            Map.entry("двенадцат", 12));

    private static int ordinal(String w) {
        if (!w.matches("\\p{L}+(ой|ых|ую|ые|ым|ыми|ей|и|ью|ями|ям)")) {
            return 0;
        }
        return ORDINALS.entrySet().stream()
                .filter(e -> w.startsWith(e.getKey()))
                .mapToInt(Map.Entry::getValue)
                .max()
                .orElse(0);
    }

    private static final Map<String, Integer> COMPOUND_NUMBERS = Map.ofEntries(
            Map.entry("одно", 1),
            Map.entry("двух", 2),
            Map.entry("трех", 3),
            Map.entry("четырех", 4),
            Map.entry("пяти", 5),
            Map.entry("шести", 6),
            Map.entry("семи", 7),
            Map.entry("десяти", 10),
            Map.entry("пятнадцати", 15),
            Map.entry("тридцати", 30));
    private static final Map<String, Double> COMPOUND_UNITS =
            Map.of("месячн", 30.0, "летн", 365.0, "дневн", 1.0, "недельн", 7.0, "годичн", 365.0);

    /** «трехмесячный срок», «пятилетний»: a number and a unit of time written as one adjective. */
    private static int compound(List<Token> tokens, int i, List<Quantity> out) {
        String w = tokens.get(i).text();
        for (Map.Entry<String, Integer> n : COMPOUND_NUMBERS.entrySet()) {
            if (!w.startsWith(n.getKey())) {
                continue;
            }
            String rest = w.substring(n.getKey().length());
            for (Map.Entry<String, Double> u : COMPOUND_UNITS.entrySet()) {
                if (rest.startsWith(u.getKey())) {
                    return add(out, "duration", "day", n.getValue() * u.getValue(), tokens, i, i + 1);
                }
            }
        }
        return -1;
    }

    /** «в течение месяца», «в течение года»: a unit without a number counts one. */
    private static int impliedOne(List<Token> tokens, int i, List<Quantity> out) {
        int c = compound(tokens, i, out);
        if (c >= 0) {
            return c;
        }
        if (i + 1 >= tokens.size() || !tokens.get(i).text().equals("течение")) {
            return -1;
        }
        String unit = tokens.get(i + 1).text();
        if (unit.startsWith("дн") || unit.startsWith("ден") || unit.startsWith("сут")) {
            return -1;
        }
        double days = durationDays(unit);
        if (days <= 0) {
            return -1;
        }
        return add(out, "duration", days < 1 ? "hour" : "day", days < 1 ? 1 : days, tokens, i + 1, i + 2);
    }

    private static final String[] MONTHS = {
        "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"
    };

    /**
     * A deadline set by a day of the year without the year: «не позднее 1 ноября текущего года»,
     * «1-ноябрынан кечиктирбестен». Dates with a year («от 12 марта 2019 года») name a moment or
     * an act, not a yearly deadline, and are left out. The value is month × 100 + day.
     */
    private static int calendarDay(List<Token> tokens, int i, List<Quantity> out) {
        Token t = tokens.get(i);
        if (!t.isNumber() || t.leadingNumber() < 1 || t.leadingNumber() > 31) {
            return -1;
        }
        String monthWord;
        int next;
        String suffix = t.suffixAfterNumber();
        if (!suffix.isEmpty()) {
            if (!t.text().contains("-")) {
                return -1;
            }
            monthWord = suffix; // Kyrgyz: «1-ноябрынан»
            next = i + 1;
        } else if (i + 1 < tokens.size()) {
            monthWord = tokens.get(i + 1).text();
            next = i + 2;
        } else {
            return -1;
        }
        int month = month(monthWord);
        if (month == 0) {
            return -1;
        }
        if (next < tokens.size()
                        && tokens.get(next).isNumber()
                        && tokens.get(next).leadingNumber() >= 1000
                || i >= 2
                        && tokens.get(i - 1).text().startsWith("жыл")
                        && tokens.get(i - 2).isNumber()
                || i >= 1
                        && tokens.get(i - 1).isNumber()
                        && tokens.get(i - 1).text().matches("\\d{4}-жыл\\p{L}*")) {
            return -1;
        }
        return add(out, "date", "day-of-year", month * 100 + t.leadingNumber(), tokens, i, next);
    }

    private static int month(String w) {
        for (int m = 0; m < MONTHS.length; m++) {
            String stem = MONTHS[m];
            boolean match = stem.equals("ма")
                    ? w.equals("мая")
                            || w.equals("май")
                            || w.startsWith("майдан")
                            || w.startsWith("майга")
                            || w.startsWith("майына")
                    : w.startsWith(stem);
            if (match) {
                return m + 1;
            }
        }
        return 0;
    }

    /** Days in one unit of time, 1/24 for an hour, 0 when the word is not a unit of time. */
    static double durationDays(String w) {
        if (w.startsWith("дн") && w.length() <= 5 || w.equals("день") || w.startsWith("сут") || w.startsWith("күн")) {
            return 1;
        }
        if (w.startsWith("недел") || w.startsWith("апта")) {
            return 7;
        }
        if (w.startsWith("месяц") || w.matches("ай(дын|га|дан|лык|да|дык|ы|ына|ынын|дай)?")) {
            return 30;
        }
        if (w.equals("год")
                || w.equals("года")
                || w.equals("году")
                || w.equals("лет")
                || w.equals("годам")
                || w.equals("годы")
                || w.startsWith("жыл")) {
            return 365;
        }
        if (w.matches("час|часа|часов|часам|часах") || w.startsWith("саат")) {
            return 1.0 / 24;
        }
        return 0;
    }

    private static boolean isAge(List<Token> tokens, int i, String unitWord) {
        if (!(unitWord.equals("лет") || unitWord.equals("года") || unitWord.equals("год"))) {
            return false;
        }
        for (int j = Math.max(0, i - 6); j < i; j++) {
            String t = tokens.get(j).text();
            if (t.startsWith("возраст") || t.startsWith("достиг") || t.startsWith("старше") || t.startsWith("моложе")) {
                return true;
            }
        }
        return false;
    }

    private static String person(String w) {
        if (w.startsWith("мест") && !w.matches("мест|места|местах|мест") || w.startsWith("орун") && w.length() > 7) {
            return null; // «местного», «местный» are not seats
        }
        for (Map.Entry<String, String> e : PERSONS.entrySet()) {
            if (w.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static int add(
            List<Quantity> out, String kind, String unit, double value, List<Token> tokens, int from, int to) {
        out.add(new Quantity(
                kind, unit, value, tokens.get(from).start(), tokens.get(to - 1).end(), from));
        return to;
    }
}
