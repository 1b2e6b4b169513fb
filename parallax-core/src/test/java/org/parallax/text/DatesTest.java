package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate D = LocalDate.of(2031, 3, 7);

    @Test
    void readsTheFormsNewsMetadataUses() {
        assertEquals(D, Dates.parse("2031-03-07"));
        assertEquals(D, Dates.parse("2031-03-07T23:30:00+02:00"));
        assertEquals(D, Dates.parse("2031-03-07T08:00:00Z"));
        assertEquals(D, Dates.parse("Fri, 7 Mar 2031 10:00:00 GMT"));
        assertEquals(D, Dates.parse("March 7, 2031"));
        assertEquals(D, Dates.parse("7 March 2031"));
        assertEquals(D, Dates.parse("7th of March, 2031"));
        assertEquals(D, Dates.parse("07.03.2031"));
        assertEquals(D, Dates.parse("2031/3/7"));
    }

    @Test
    void findsTheFirstDateInAHeaderLine() {
        assertEquals(D, Dates.find(" date 2031-03-07 Home page world"));
        assertEquals(D, Dates.find("Updated Mar. 7, 2031, 10:15 a.m. and again April 2, 2031"));
    }

    @Test
    void refusesWhatIsNotOrNotClearlyADate() {
        assertNull(Dates.parse("11/12/2031"));
        assertNull(Dates.parse("2031-02-30"));
        assertNull(Dates.parse("The mayor spoke on Friday"));
        assertNull(Dates.parse(""));
        assertNull(Dates.parse(null));
        assertNull(Dates.find("Population 1234-56-78"));
    }
}
