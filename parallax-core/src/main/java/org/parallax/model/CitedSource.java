package org.parallax.model;

import java.util.List;

/**
 * A source cited in the event's coverage, with every article that cites it.
 *
 * @param source     the source, as most articles name it
 * @param articleIds the citing articles, sorted
 */
public record CitedSource(String source, List<String> articleIds) {

    public CitedSource {
        articleIds = List.copyOf(articleIds);
    }
}
