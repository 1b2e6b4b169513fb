package org.parallax.store;

import java.time.LocalDate;

/**
 * A filter over events; null fields do not filter.
 *
 * @param text   full-text query: events with an article matching it
 * @param from   events that end on or after this day
 * @param to     events that start on or before this day
 * @param outlet events with an article from this outlet
 * @param page   page number, from 1
 * @param size   events per page, 1 to 100
 */
public record EventQuery(String text, LocalDate from, LocalDate to, String outlet, int page, int size) {

    public EventQuery {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size must be between 1 and 100, was " + size);
        }
    }

    /** The first page of 20 events, unfiltered. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, 1, 20);
    }
}
