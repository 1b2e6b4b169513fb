package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class UrlDatesTest {

    @Test
    void readsYearMonthDayPaths() {
        assertEquals(LocalDate.of(2031, 3, 5), UrlDates.find("https://gazette.example/2031/03/05/ferry-timetable"));
        assertEquals(LocalDate.of(2031, 3, 5), UrlDates.find("https://gazette.example/news/2031/3/5/"));
        assertEquals(LocalDate.of(2031, 11, 25), UrlDates.find("https://gazette.example/a/2031-11-25-ferry.html"));
    }

    @Test
    void ignoresWhatIsNotADay() {
        assertNull(UrlDates.find("https://gazette.example/2031/03/ferry"));
        assertNull(UrlDates.find("https://gazette.example/2031/13/40/ferry"));
        assertNull(UrlDates.find("https://gazette.example/story/20310305"));
        assertNull(UrlDates.find("https://2031.example/?d=2031/03/05"));
        assertNull(UrlDates.find(null));
    }
}
