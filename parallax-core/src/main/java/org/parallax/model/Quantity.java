package org.parallax.model;

import java.util.Objects;

/**
 * A number the article states: a count of people or things, an amount of money or a percentage.
 *
 * @param value       the number in units (300000 for "300,000", 12 for "a dozen", 5000000 for "$5 million"); for
 *                    vague plurals ("hundreds of", "dozens of") the order of magnitude, with {@code approximate}
 * @param text        the phrase as written, from the approximation marker to the counted noun
 *                    ("more than a dozen selected women", "2.6% of the region's reservists")
 * @param what        what is counted: the head noun for counts ("women"), the currency for money ("USD",
 *                    "rubles"), {@code "percent"} or {@code "percent of <noun>"} for percentages
 * @param kind        {@code count}, {@code money} or {@code percent}
 * @param approximate true when the article hedges the number ("around", "more than", "dozens of", ...)
 * @param sentence    the sentence the quantity is in, as it stands in the text
 * @param start       character offset of {@code text} in the article text
 * @param end         character offset just after {@code text}
 */
public record Quantity(double value, String text, String what, String kind, boolean approximate, String sentence,
                       int start, int end) {

    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(kind, "kind");
    }
}
