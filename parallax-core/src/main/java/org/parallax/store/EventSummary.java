package org.parallax.store;

import java.time.LocalDate;
import java.util.List;

/**
 * An event in a list: enough to show a row and link to the dossier.
 *
 * @param id       event id (stable: it does not change when articles join)
 * @param title    the event's title
 * @param start    first publication day, or null
 * @param end      last publication day, or null
 * @param articles number of articles
 * @param outlets  the outlets covering it, sorted
 */
public record EventSummary(String id, String title, LocalDate start, LocalDate end, int articles,
                           List<String> outlets) {

    public EventSummary {
        outlets = List.copyOf(outlets);
    }
}
