package org.parallax.store;

import java.util.List;

import org.parallax.model.Problem;

/**
 * What an {@link Workspace#add} did.
 *
 * @param outcomes one per input article, in input order
 * @param problems warnings and refusals, naming the source (and line)
 * @param touchedEventIds events that were created or changed, sorted
 */
public record AddResult(List<Outcome> outcomes, List<Problem> problems, List<String> touchedEventIds) {

    public AddResult {
        outcomes = List.copyOf(outcomes);
        problems = List.copyOf(problems);
        touchedEventIds = List.copyOf(touchedEventIds);
    }

    /** What happened to one input article. */
    public enum Status { ADDED, DUPLICATE, REJECTED }

    /**
     * @param articleId the stored article's id (for a duplicate: the id of the article it duplicates; null when
     *                  rejected)
     * @param eventId   the event the article is in (null when rejected)
     * @param status    added, duplicate or rejected
     * @param reason    why it was a duplicate or rejected; null when added
     */
    public record Outcome(String articleId, String eventId, Status status, String reason) {
    }
}
