package org.parallax.server.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.parallax.store.EventQuery;

/**
 * The event list's filters as the visitor gave them in the address. A value that cannot be read (a date not in
 * {@code YYYY-MM-DD}, a page that is not a number) is left out and named in {@code notes}, instead of failing the page.
 *
 * @param text   search words, or null
 * @param from   first day, or null
 * @param to     last day, or null
 * @param outlet outlet name, or null
 * @param page   page number, from 1
 * @param notes  what was ignored and why, for the visitor
 */
record EventFilter(String text, LocalDate from, LocalDate to, String outlet, int page, List<String> notes) {
    /** Events per page. */
    static final int PAGE_SIZE = 20;
    /** The highest page number accepted, far beyond any workspace, so that page * size cannot overflow. */
    private static final int MAX_PAGE = 1_000_000;

    EventFilter {
        notes = List.copyOf(notes);
    }

    /** Reads the filters from query parameters, looked up by {@code param} (which gives null when absent). */
    static EventFilter parse(Function<String, String> param) {
        List<String> notes = new ArrayList<>();
        LocalDate from = date(param.apply("from"), "start date", notes);
        LocalDate to = date(param.apply("to"), "end date", notes);
        if (from != null && to != null && from.isAfter(to)) {
            notes.add("The start date is after the end date, so the two were swapped.");
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        int page = 1;
        String p = blankToNull(param.apply("page"));
        if (p != null) {
            try {
                page = Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(p.strip())));
            } catch (NumberFormatException e) {
                notes.add("The page number was not a number, so the first page is shown.");
            }
        }
        return new EventFilter(blankToNull(param.apply("q")), from, to, blankToNull(param.apply("outlet")), page,
                notes);
    }

    /** The workspace query for these filters. */
    EventQuery query() {
        return new EventQuery(text, from, to, outlet, page, PAGE_SIZE);
    }

    /** The address of page {@code n} of the list with these filters. */
    String pageUrl(int n) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", text);
        params.put("from", from == null ? null : from.toString());
        params.put("to", to == null ? null : to.toString());
        params.put("outlet", outlet);
        params.put("page", n == 1 ? null : Integer.toString(n));
        return Urls.withQuery("/", params);
    }

    /** Whether any filter is set. */
    boolean filtered() {
        return text != null || from != null || to != null || outlet != null;
    }

    private static LocalDate date(String value, String name, List<String> notes) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            notes.add("The " + name + " was ignored: write it as YYYY-MM-DD, like 2031-03-14.");
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
