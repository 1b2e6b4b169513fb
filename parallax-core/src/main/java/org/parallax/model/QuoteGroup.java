package org.parallax.model;

import java.util.List;

/**
 * One utterance and every rendering of it across the event's articles (verbatim, translated or paraphrased).
 *
 * @param speaker  who said it, or null when nobody is credited
 * @param variants the renderings, by article id
 */
public record QuoteGroup(String speaker, List<QuoteVariant> variants) {

    public QuoteGroup {
        variants = List.copyOf(variants);
    }
}
