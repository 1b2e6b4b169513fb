package org.parallax.compare;

import java.util.List;
import java.util.Map;

import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Event;

/**
 * The input of the comparison stage for one event: its articles (by id order) and their annotations.
 *
 * @param event       the event
 * @param articles    its member articles, sorted by id
 * @param annotations each member's annotations, by article id ({@link Annotations#EMPTY} when not annotated)
 */
public record Coverage(Event event, List<Article> articles, Map<String, Annotations> annotations) {

    public Coverage {
        articles = List.copyOf(articles);
        annotations = Map.copyOf(annotations);
    }

    /** The annotations of article {@code id}. */
    public Annotations annotationsOf(String id) {
        return annotations.getOrDefault(id, Annotations.EMPTY);
    }
}
