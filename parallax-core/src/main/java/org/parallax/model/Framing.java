package org.parallax.model;

import java.util.List;

/**
 * The words and phrases one article uses about the event that the other articles do not, most distinctive first.
 *
 * @param articleId the article
 * @param terms     the distinctive terms
 */
public record Framing(String articleId, List<String> terms) {

    public Framing {
        terms = List.copyOf(terms);
    }
}
