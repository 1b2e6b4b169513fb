package org.parallax.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;

import org.parallax.model.Event;

/**
 * An {@link Event} as Spark ships it from the clustering stage to the dossier stage.
 *
 * @param id         the content-derived event id
 * @param title      its representative headline, or null
 * @param articleIds its members, sorted
 * @param start      its first day, or null
 * @param end        its last day, or null
 */
record EventRow(String id, String title, ArrayList<String> articleIds, LocalDate start, LocalDate end)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    static EventRow of(Event e) {
        return new EventRow(e.id(), e.title(), new ArrayList<>(e.articleIds()), e.start(), e.end());
    }

    Event toEvent() {
        return new Event(id, title, articleIds, start, end);
    }
}
