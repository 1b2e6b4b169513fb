package org.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A real-world happening reported by one or more articles; an element of {@code events[]} in events.json.
 *
 * @param id         stable identifier derived from the member articles' ids, not from run order
 * @param title      the most representative headline among the members
 * @param articleIds member article ids, sorted
 * @param start      earliest known publication date of a member, or null
 * @param end        latest known publication date of a member, or null
 */
public record Event(String id, String title, List<String> articleIds, LocalDate start, LocalDate end) {

    public Event {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
    }
}
