package org.parallax.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The event list's filters: read leniently, written back into links. */
class EventFilterTest {
    private static EventFilter parse(Map<String, String> params) {
        return EventFilter.parse(params::get);
    }

    @Test
    void readsEveryFilter() {
        EventFilter f = parse(Map.of("q", " bridge ", "from", "2031-03-01", "to", "2031-03-31", "outlet",
                "Coastal Ledger", "page", "3"));
        assertEquals(new EventFilter("bridge", LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31), "Coastal Ledger",
                3, List.of()), f);
        assertEquals("/?q=bridge&from=2031-03-01&to=2031-03-31&outlet=Coastal+Ledger&page=4", f.pageUrl(4));
        assertEquals("/?q=bridge&from=2031-03-01&to=2031-03-31&outlet=Coastal+Ledger", f.pageUrl(1));
    }

    @Test
    void unreadableValuesAreIgnoredWithANote() {
        EventFilter f = parse(Map.of("from", "14/03/2031", "page", "two"));
        assertNull(f.from());
        assertEquals(1, f.page());
        assertEquals(List.of("The start date was ignored: write it as YYYY-MM-DD, like 2031-03-14.",
                "The page number was not a number, so the first page is shown."), f.notes());
    }

    @Test
    void reversedDatesAreSwappedAndPagesKeptInRange() {
        EventFilter f = parse(Map.of("from", "2031-04-01", "to", "2031-03-01", "page", "-4"));
        assertEquals(LocalDate.of(2031, 3, 1), f.from());
        assertEquals(LocalDate.of(2031, 4, 1), f.to());
        assertEquals(1, f.page());
        assertEquals(1_000_000, parse(Map.of("page", "2147483647")).page());
    }

    @Test
    void valuesAreEncodedSoTheyCannotAddParameters() {
        EventFilter f = parse(Map.of("q", "a&page=9#x", "outlet", "\"><b>"));
        assertEquals("/?q=a%26page%3D9%23x&outlet=%22%3E%3Cb%3E&page=2", f.pageUrl(2));
    }
}
