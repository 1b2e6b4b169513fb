package org.parallax.store;

import java.util.List;

/**
 * One search result: an article or a quote.
 *
 * @param kind      {@code article} or {@code quote}
 * @param articleId the article it is in
 * @param eventId   that article's event
 * @param title     the article's title
 * @param outlet    the article's outlet
 * @param speaker   for a quote, its speaker (or null)
 * @param snippet   the best passage, as plain-text fragments, some marked as matching the query (never markup:
 *                  the client escapes and highlights)
 * @param score     BM25 score
 */
public record SearchHit(String kind, String articleId, String eventId, String title, String outlet, String speaker,
                        List<Fragment> snippet, float score) {

    public SearchHit {
        snippet = List.copyOf(snippet);
    }

    /** A piece of a snippet; {@code match} when it matches the query. */
    public record Fragment(String text, boolean match) {
    }
}
