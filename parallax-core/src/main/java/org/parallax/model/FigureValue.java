package org.parallax.model;

import java.util.List;

/**
 * One value reported for a figure, with the articles that report it.
 *
 * @param value       a number (a count, an amount, a percentage), an ISO-8601 date, or a place name
 * @param approximate whether every report of it is approximate ("more than a dozen", "around 300,000")
 * @param articleIds  the articles that report it, sorted
 * @param evidence    the sentences that report it; their own words say where the figure came from
 */
public record FigureValue(Object value, boolean approximate, List<String> articleIds, List<Evidence> evidence) {

    public FigureValue {
        articleIds = List.copyOf(articleIds);
        evidence = List.copyOf(evidence);
    }
}
