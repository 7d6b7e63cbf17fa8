package kg.kodeks.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;

class DateFormatsTest {
    private static final LocalDate MEETING = LocalDate.of(2019, 12, 23);

    @Test
    void writesRussianDatesInTheGenitive() {
        assertEquals("23 декабря 2019 года", DateFormats.format(MEETING, Language.RUS));
    }

    @Test
    void writesKyrgyzDatesYearFirst() {
        assertEquals("2019-жылдын 23-декабры", DateFormats.format(MEETING, Language.KIR));
        assertEquals("2019-жылдын 28-июну", DateFormats.format(LocalDate.of(2019, 6, 28), Language.KIR));
    }

    @Test
    void writesPeriodsWithinOneMonth() {
        assertEquals("23–24 декабря 2019 года", DateFormats.period(MEETING, MEETING.plusDays(1), Language.RUS));
        assertEquals("2019-жылдын 23–24-декабры", DateFormats.period(MEETING, MEETING.plusDays(1), Language.KIR));
    }

    @Test
    void readsOnlyIsoDates() {
        assertEquals(MEETING, DateFormats.parseIso("2019-12-23"));
        assertNull(DateFormats.parseIso("23.12.2019"));
        assertNull(DateFormats.parseIso("2019-13-40"));
    }
}
