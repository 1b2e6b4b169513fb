package org.parallax.model;

import java.util.List;

/**
 * Text that two or more articles share: the same wire copy, verbatim or translated, or one outlet copying another.
 *
 * @param articleIds the articles, sorted
 * @param sharedText the shared passages, as the first article has them
 * @param score      how much of the shorter article is shared, 0 to 1
 * @param kind       {@code verbatim} (near-identical wording) or {@code translated} (same sentences, other words)
 */
public record Syndication(List<String> articleIds, List<String> sharedText, double score, String kind) {

    public Syndication {
        articleIds = List.copyOf(articleIds);
        sharedText = List.copyOf(sharedText);
    }
}
