package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the citations of a norm in Russian and Kyrgyz. Russian names the innermost unit first
 * («пунктом 3 части 1 статьи 5 настоящего Закона»), Kyrgyz the outermost («ушул Мыйзамдын
 * 5-беренесинин 1-бөлүгүнүн 3-пункту»); both may list or range numbers («статьями 10–12»,
 * «10–12-беренелери»).
 */
final class References {
    private static final String NUMS = "\\d+(?:-\\d+)?(?:\\s*(?:[,–—]|\\s+и\\s+)\\s*\\d+(?:-\\d+)?)*";
    private static final Pattern RU_UNIT = Pattern.compile(
            "(?<!\\p{L})(подпункт\\p{L}*|пункт\\p{L}*|част\\p{L}*|стать\\p{L}*)\\s+(«\\p{L}»|" + NUMS + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RU_CHAIN = Pattern.compile(
            "(?:" + RU_UNIT.pattern() + ")(?:\\s+(?:" + RU_UNIT.pattern() + "))*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RU_SCOPE = Pattern.compile(
            "^\\s+(?:(настоящего\\s+(?:Закона|Кодекса))|(настоящей\\s+статьи)|"
                    + "(?:Закона|Кодекса|Указа)(?:\\s+Кыргызской\\s+Республики)?(?:\\s+от\\s+[^«]{1,40}?)?\\s+«([^»]{3,200})»)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RU_ACT = Pattern.compile(
            "(?:Закон|Кодекс)\\p{L}*\\s+Кыргызской\\s+Республики(?:\\s+от\\s+[^«]{1,40}?)?\\s+«([^»]{3,200})»",
            Pattern.UNICODE_CASE);

    private static final String KY_NUMS = "\\d+(?:-\\d+)?(?:\\s*(?:[,–—]|\\s+жана\\s+)\\s*\\d+(?:-\\d+)?)*";
    private static final Pattern KY_UNIT = Pattern.compile(
            "(?<![\\p{L}\\d-])(" + KY_NUMS
                    + ")-(беренес\\p{L}*|беренел\\p{L}*|берене|бөлүг\\p{L}*|бөлүк\\p{L}*|пункттар\\p{L}*|пунктча\\p{L}*|пункт\\p{L}*)",
            Pattern.UNICODE_CASE);
    private static final Pattern KY_CHAIN = Pattern.compile(
            "(?:" + KY_UNIT.pattern() + ")(?:\\s+(?:" + KY_UNIT.pattern() + "))*", Pattern.UNICODE_CASE);
    private static final Pattern KY_SCOPE = Pattern.compile(
            "(?:(ушул\\s+(?:Мыйзамдын|Кодекстин))|(ушул\\s+берененин)|"
                    + "«([^»]{3,200})»\\s+(?:жөнүндө\\s+)?Кыргыз\\s+Республикасынын\\s+(?:Мыйзамынын|Кодексинин))\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern KY_ACT = Pattern.compile(
            "«([^»]{3,200})»\\s+(?:жөнүндө\\s+)?Кыргыз\\s+Республикасынын\\s+(?:Мыйзам|Кодекс)\\p{L}*",
            Pattern.UNICODE_CASE);
    private static final int MAX_RANGE = 50;

    private References() {}

    /** Every citation of the text, in order. */
    static List<Reference> find(String text) {
        List<Reference> out = new ArrayList<>();
        russian(text, out);
        kyrgyz(text, out);
        acts(text, RU_ACT, out);
        acts(text, KY_ACT, out);
        out.sort(java.util.Comparator.comparingInt(Reference::start));
        return out;
    }

    private static void russian(String text, List<Reference> out) {
        Matcher chain = RU_CHAIN.matcher(text);
        while (chain.find()) {
            List<String[]> levels = new ArrayList<>();
            Matcher unit = RU_UNIT.matcher(chain.group());
            while (unit.find()) {
                levels.add(new String[] {kindOf(unit.group(1)), unit.group(2)});
            }
            // Russian goes from the innermost unit outwards; ids go the other way.
            java.util.Collections.reverse(levels);
            Matcher scope = RU_SCOPE.matcher(text.substring(chain.end()));
            Reference.Scope s = Reference.Scope.SAME_ACT;
            String title = "";
            int end = chain.end();
            if (scope.find()) {
                end += scope.end();
                if (scope.group(2) != null) {
                    s = Reference.Scope.SAME_ARTICLE;
                } else if (scope.group(3) != null) {
                    s = Reference.Scope.TITLED;
                    title = scope.group(3);
                }
            } else if (!levels.get(0)[0].equals("art")) {
                continue; // «пункт 2» alone: which article is meant cannot be told
            }
            add(out, chain.start(), end, s, title, levels);
        }
    }

    private static void kyrgyz(String text, List<Reference> out) {
        Matcher chain = KY_CHAIN.matcher(text);
        while (chain.find()) {
            List<String[]> levels = new ArrayList<>();
            Matcher unit = KY_UNIT.matcher(chain.group());
            while (unit.find()) {
                levels.add(new String[] {kindOf(unit.group(2)), unit.group(1)});
            }
            Matcher scope = KY_SCOPE.matcher(text.substring(0, chain.start()));
            Reference.Scope s = Reference.Scope.SAME_ACT;
            String title = "";
            int start = chain.start();
            if (scope.find()) {
                start = scope.start();
                if (scope.group(2) != null) {
                    s = Reference.Scope.SAME_ARTICLE;
                } else if (scope.group(3) != null) {
                    s = Reference.Scope.TITLED;
                    title = scope.group(3);
                }
            } else if (!levels.get(0)[0].equals("art")) {
                continue;
            }
            add(out, start, chain.end(), s, title, levels);
        }
    }

    /** Acts cited by title alone, outside any unit citation already read. */
    private static void acts(String text, Pattern pattern, List<Reference> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            boolean inside = out.stream().anyMatch(r -> r.start() < end && start < r.end());
            if (!inside) {
                out.add(new Reference(start, end, Reference.Scope.TITLED, m.group(1), List.of()));
            }
        }
    }

    private static void add(
            List<Reference> out, int start, int end, Reference.Scope scope, String title, List<String[]> levels) {
        List<String> prefixes = List.of("");
        if (scope == Reference.Scope.SAME_ARTICLE && levels.get(0)[0].equals("art")) {
            scope = Reference.Scope.SAME_ACT;
        }
        for (String[] level : levels) {
            List<String> next = new ArrayList<>();
            for (String prefix : prefixes) {
                for (String number : numbers(level[1])) {
                    String id = level[0] + "_" + kg.kodeks.model.ElementIds.idNumber(number);
                    next.add(prefix.isEmpty() ? id : prefix + "__" + id);
                }
            }
            prefixes = next;
        }
        out.add(new Reference(start, end, scope, title, prefixes));
    }

    /** «10–12» → 10, 11, 12; «1 и 2», «1, 3» → each; «12-1» is one inserted number. */
    static List<String> numbers(String spec) {
        String s = spec.replace("«", "").replace("»", "").trim();
        List<String> out = new ArrayList<>();
        String[] parts = s.split("\\s*(?:,|\\s+и\\s+|\\s+жана\\s+)\\s*");
        for (String part : parts) {
            String[] range = part.split("\\s*[–—]\\s*");
            if (range.length == 2 && range[0].matches("\\d+") && range[1].matches("\\d+")) {
                int from = Integer.parseInt(range[0]);
                int to = Integer.parseInt(range[1]);
                if (to >= from && to - from <= MAX_RANGE) {
                    for (int n = from; n <= to; n++) {
                        out.add(String.valueOf(n));
                    }
                    continue;
                }
            }
            out.add(part.trim());
        }
        return out;
    }

    private static String kindOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("подпункт") || w.startsWith("пунктча")) {
            return "subpoint";
        }
        if (w.startsWith("пункт")) {
            return "point";
        }
        if (w.startsWith("част") || w.startsWith("бөлү")) {
            return "para";
        }
        return "art";
    }
}
