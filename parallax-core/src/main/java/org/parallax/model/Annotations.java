package org.parallax.model;

import java.util.List;

/**
 * What the annotation stage found in one article; written into the article's object in events.json. Every span's
 * {@code start}/{@code end} are character offsets into the article's cleaned {@code text}.
 *
 * @param entities     people, organisations, places and other names, with canonical names and descriptions
 * @param quotes       direct, indirect and partial quotes with their speakers
 * @param quantities   counts, money and percentages
 * @param dates        date mentions, resolved against the publication date when known
 * @param attributions every source the article credits for information
 */
public record Annotations(List<Entity> entities, List<Quote> quotes, List<Quantity> quantities,
                         List<DateMention> dates, List<Attribution> attributions) {

    /** No annotations: an article not annotated, or one the annotator could not process. */
    public static final Annotations EMPTY = new Annotations(List.of(), List.of(), List.of(), List.of(), List.of());

    public Annotations {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        quantities = List.copyOf(quantities);
        dates = List.copyOf(dates);
        attributions = List.copyOf(attributions);
    }
}
