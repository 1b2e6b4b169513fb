package org.parallax.model;

import java.util.List;

/**
 * A dated happening in the event, from the articles' resolved dates.
 *
 * @param date       ISO-8601 date (or month, or year)
 * @param what       what happened then, in the words of the clearest sentence
 * @param articleIds the articles that date it so, sorted
 * @param evidence   the sentences
 */
public record TimelineEntry(String date, String what, List<String> articleIds, List<Evidence> evidence) {

    public TimelineEntry {
        articleIds = List.copyOf(articleIds);
        evidence = List.copyOf(evidence);
    }
}
