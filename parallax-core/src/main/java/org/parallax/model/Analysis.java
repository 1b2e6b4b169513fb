package org.parallax.model;

import java.util.List;

/**
 * The result of a run: the contents of events.json, plus the problems met on the way.
 *
 * @param articles all articles, sorted by id
 * @param events   all events, newest first then by id; every article is in exactly one
 * @param problems inputs skipped or warned about, in the order met
 */
public record Analysis(List<Article> articles, List<Event> events, List<Problem> problems) {

    public Analysis {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }
}
