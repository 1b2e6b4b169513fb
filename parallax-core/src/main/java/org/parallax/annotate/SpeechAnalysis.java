package org.parallax.annotate;

import java.util.List;

import org.parallax.model.Attribution;
import org.parallax.model.Quote;

/**
 * Quotes and attributions of one article, computed in one pass ({@link QuoteExtractor#analyse}).
 *
 * @param quotes       the quotes, in text order
 * @param attributions the credited sources, in text order
 */
public record SpeechAnalysis(List<Quote> quotes, List<Attribution> attributions) {
    /** Defensive copies: the record is immutable. */
    public SpeechAnalysis {
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
    }
}
