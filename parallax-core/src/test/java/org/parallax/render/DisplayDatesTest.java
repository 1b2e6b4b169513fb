package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DisplayDatesTest {
    private static final LocalDate MAR_14 = LocalDate.of(2031, 3, 14);

    @Test
    void formatsIndependentlyOfTheLocale() {
        assertEquals("14 Mar 2031", DisplayDates.format(MAR_14));
        assertEquals("1 Dec 2030", DisplayDates.format(LocalDate.of(2030, 12, 1)));
    }

    @Test
    void writesRangesBriefly() {
        assertEquals("14 Mar 2031", DisplayDates.range(MAR_14, MAR_14));
        assertEquals("14–15 Mar 2031", DisplayDates.range(MAR_14, LocalDate.of(2031, 3, 15)));
        assertEquals("28 Feb – 14 Mar 2031", DisplayDates.range(LocalDate.of(2031, 2, 28), MAR_14));
        assertEquals("30 Dec 2030 – 14 Mar 2031", DisplayDates.range(LocalDate.of(2030, 12, 30), MAR_14));
    }

    @Test
    void usesWhateverIsKnown() {
        assertEquals("14 Mar 2031", DisplayDates.range(null, MAR_14));
        assertEquals("14 Mar 2031", DisplayDates.range(MAR_14, null));
        assertNull(DisplayDates.range(null, null));
    }
}
