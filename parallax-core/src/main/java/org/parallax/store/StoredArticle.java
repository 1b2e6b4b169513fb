package org.parallax.store;

import org.parallax.model.Annotations;
import org.parallax.model.Article;

/**
 * An article as stored: the cleaned article, its annotations and its event.
 *
 * @param article     the cleaned article
 * @param annotations its annotations ({@link Annotations#EMPTY} when not annotated)
 * @param eventId     the event it belongs to
 */
public record StoredArticle(Article article, Annotations annotations, String eventId) {
}
