package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parallax.model.Quantity;

class ValueRangeTest {
    private static ValueRange of(String text, double value, boolean approximate) {
        return ValueRange.of(new Quantity(value, text, "people", "count", approximate, text, 0, text.length()));
    }

    @Test
    void hedgesBecomeRanges() {
        assertEquals(new ValueRange(12, true, Double.POSITIVE_INFINITY, false), of("more than a dozen people", 12, true));
        assertEquals(new ValueRange(24, false, 100, true), of("dozens of people", 12, true));
        assertEquals(new ValueRange(2, false, Double.POSITIVE_INFINITY, false), of("at least two people", 2, true));
        assertEquals(new ValueRange(0, false, 50, false), of("up to 50 people", 50, true));
        assertEquals(ValueRange.exact(17), of("17 people", 17, false));
    }

    @Test
    void rangesConflictOnlyWhenTheyCannotBothHold() {
        ValueRange moreThanADozen = of("more than a dozen people", 12, true);
        assertFalse(moreThanADozen.overlaps(ValueRange.exact(12)));
        assertTrue(moreThanADozen.overlaps(ValueRange.exact(14)));
        ValueRange around = of("around 300,000 people", 300_000, true);
        assertTrue(around.overlaps(ValueRange.exact(320_000)));
        assertFalse(around.overlaps(ValueRange.exact(340_000)));
        assertFalse(of("dozens of people", 12, true).overlaps(ValueRange.exact(12)));
        assertTrue(ValueRange.exact(3).overlaps(ValueRange.exact(3)));
        assertFalse(ValueRange.exact(3).overlaps(ValueRange.exact(4)));
    }

    @Test
    void singularFormsJoinPlurals() {
        assertEquals("woman", Lemmas.singular("Women"));
        assertEquals("person", Lemmas.singular("people"));
        assertEquals("casualty", Lemmas.singular("casualties"));
        assertEquals("bus", Lemmas.singular("buses"));
        assertEquals("firefighter", Lemmas.singular("firefighters"));
        assertEquals("policeman", Lemmas.singular("policemen"));
    }
}
