package org.parallax.compare;

import java.util.Locale;

import org.parallax.model.Quantity;

/**
 * The numbers a reported quantity allows: a single number when exact, an interval when hedged ("more than a dozen"
 * is (12, &#8734;), "around 300,000" is 300,000 &#177; 10%, "dozens of" is [24, 100)). Two reports conflict only
 * when their ranges do not overlap.
 *
 * @param low      the lower bound
 * @param lowOpen  whether the lower bound itself is excluded
 * @param high     the upper bound ({@link Double#POSITIVE_INFINITY} when open-ended)
 * @param highOpen whether the upper bound itself is excluded
 */
public record ValueRange(double low, boolean lowOpen, double high, boolean highOpen) {
    /** Relative margin of "about", "around" and unmarked hedges. */
    private static final double MARGIN = 0.10;

    /** Exactly {@code v}. */
    public static ValueRange exact(double v) {
        return new ValueRange(v, false, v, false);
    }

    /** The range a quantity allows, read from its hedge words ({@link Quantity#text()}). */
    public static ValueRange of(Quantity q) {
        double v = q.value();
        if (!q.approximate()) {
            return exact(v);
        }
        String t = " " + q.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.,]+", " ") + " ";
        if (t.contains(" dozens ")) {
            return new ValueRange(24, false, 100, true);
        }
        if (t.matches(".* (hundreds|thousands|millions|billions) .*")) {
            return new ValueRange(2 * v, false, 10 * v, true); // "hundreds of" is at least two hundred
        }
        if (has(t, "more than", "over", "upwards of", "in excess of", "well over", "just over")) {
            return new ValueRange(v, true, Double.POSITIVE_INFINITY, false);
        }
        if (has(t, "at least", "as many as")) {
            return new ValueRange(v, false, Double.POSITIVE_INFINITY, false);
        }
        if (has(t, "less than", "fewer than", "under", "just under")) {
            return new ValueRange(0, false, v, true);
        }
        if (has(t, "at most", "up to", "as few as")) {
            return new ValueRange(0, false, v, false);
        }
        if (has(t, "nearly", "almost", "close to")) {
            return new ValueRange(v * (1 - MARGIN), false, v, false);
        }
        return new ValueRange(v * (1 - MARGIN), false, v * (1 + MARGIN), false);
    }

    private static boolean has(String text, String... hedges) {
        for (String h : hedges) {
            if (text.contains(" " + h + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether some number lies in both ranges: the two reports can both hold. */
    public boolean overlaps(ValueRange o) {
        return below(low, lowOpen, o.high, o.highOpen) && below(o.low, o.lowOpen, high, highOpen);
    }

    private static boolean below(double lo, boolean loOpen, double hi, boolean hiOpen) {
        return lo < hi || lo == hi && !loOpen && !hiOpen;
    }
}
