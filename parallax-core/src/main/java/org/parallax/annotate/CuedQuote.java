package org.parallax.annotate;

import org.parallax.model.Quote;

/**
 * A {@link Quote} together with the character span of its cue, which evaluation against gold cue spans needs.
 *
 * @param quote    the quote
 * @param cueStart offset of the cue's first character, -1 when the quote has no cue
 * @param cueEnd   offset just past the cue, -1 when the quote has no cue
 */
public record CuedQuote(Quote quote, int cueStart, int cueEnd) {
}
