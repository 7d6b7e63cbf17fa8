package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates in Russian («12 марта 2019 года», «12.03.2019») and Kyrgyz («2019-жылдын
 * 12-мартындагы», «2019-жылы 12-мартта»), normalised to ISO form so the two versions of a
 * text can be compared.
 */
final class Dates {

    /** A date found in a text. */
    record Found(String iso, int start, int end) {}

    private static final String[] RU_MONTHS = {
        "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"
    };
    private static final String[] KY_MONTHS = {
        "январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"
    };
    private static final Pattern RU =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})(?:\\s*(?:года|г\\.))?", Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d])");
    private static final Pattern KY =
            Pattern.compile("(?<!\\d)(\\d{4})-жыл\\p{L}*\\s+(\\d{1,2})-(\\p{L}+)", Pattern.UNICODE_CASE);
    /** Day and month without a year: «до 15 ноября», «15-ноябрынан». */
    private static final Pattern RU_PARTIAL =
            Pattern.compile("(?<![\\d-])(\\d{1,2})\\s+(\\p{L}+)", Pattern.UNICODE_CASE);

    private static final Pattern KY_PARTIAL = Pattern.compile("(?<![\\d-])(\\d{1,2})-(\\p{L}+)", Pattern.UNICODE_CASE);

    private Dates() {}

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = RU.matcher(text);
        while (m.find()) {
            int month = month(m.group(2).toLowerCase(java.util.Locale.ROOT), RU_MONTHS, true);
            if (month > 0) {
                out.add(new Found(iso(m.group(3), month, m.group(1)), m.start(), m.end()));
            }
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            out.add(new Found(iso(m.group(3), Integer.parseInt(m.group(2)), m.group(1)), m.start(), m.end()));
        }
        m = KY.matcher(text);
        while (m.find()) {
            int month = month(m.group(3).toLowerCase(java.util.Locale.ROOT), KY_MONTHS, false);
            if (month > 0) {
                out.add(new Found(iso(m.group(1), month, m.group(2)), m.start(), m.end()));
            }
        }
        partial(text, RU_PARTIAL, RU_MONTHS, true, out);
        partial(text, KY_PARTIAL, KY_MONTHS, false, out);
        return out;
    }

    private static void partial(String text, Pattern pattern, String[] months, boolean russian, List<Found> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (out.stream().anyMatch(f -> f.start() < end && start < f.end())) {
                continue;
            }
            String word = m.group(2).toLowerCase(java.util.Locale.ROOT);
            // Kyrgyz «май» takes endings («майынан»); Russian «мая» does not.
            int month = russian ? month(word, months, true) : (word.startsWith("май") ? 5 : month(word, months, false));
            if (month > 0 && (russian || month != 5 || word.startsWith("май"))) {
                out.add(new Found(String.format("--%02d-%02d", month, Integer.parseInt(m.group(1))), start, end));
            }
        }
    }

    private static int month(String word, String[] stems, boolean russian) {
        for (int i = 0; i < stems.length; i++) {
            String stem = stems[i];
            // Russian May is «мая»; the stem «ма» alone would also take «марта».
            if (russian && i == 4 ? word.equals("мая") || word.equals("май") : word.startsWith(stem)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String iso(String year, int month, String day) {
        return String.format("%s-%02d-%02d", year, month, Integer.parseInt(day));
    }
}
