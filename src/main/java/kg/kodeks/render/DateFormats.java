package kg.kodeks.render;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kg.kodeks.model.Language;

/**
 * Dates the way official papers write them: Russian «23 декабря 2019 года», Kyrgyz
 * «2019-жылдын 23-декабры»; and periods of days in one month, «23–24 декабря 2019 года» /
 * «2019-жылдын 23–24-декабры».
 */
public final class DateFormats {
    private static final String[] RU = {
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря"
    };
    // The possessive forms that follow the day in Kyrgyz, by the vowel harmony of each month.
    private static final String[] KY = {
        "январы",
        "февралы",
        "марты",
        "апрели",
        "майы",
        "июну",
        "июлу",
        "августу",
        "сентябры",
        "октябры",
        "ноябры",
        "декабры"
    };

    private DateFormats() {}

    public static String format(LocalDate date, Language language) {
        return period(date, date, language);
    }

    /** A period; both ends in one month are written with one month name, else as two dates. */
    public static String period(LocalDate from, LocalDate to, Language language) {
        boolean sameMonth = from.getYear() == to.getYear() && from.getMonthValue() == to.getMonthValue();
        if (!sameMonth) {
            return format(from, language) + " – " + format(to, language);
        }
        String days = from.equals(to)
                ? String.valueOf(from.getDayOfMonth())
                : from.getDayOfMonth() + "–" + to.getDayOfMonth();
        int m = from.getMonthValue() - 1;
        return language == Language.KIR
                ? from.getYear() + "-жылдын " + days + "-" + KY[m]
                : days + " " + RU[m] + " " + from.getYear() + " года";
    }

    /** The date in an ISO text ({@code 2019-12-23}); null when the text is not one. */
    public static LocalDate parseIso(String text) {
        if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
