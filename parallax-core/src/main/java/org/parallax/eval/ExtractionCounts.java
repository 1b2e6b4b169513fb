package org.parallax.eval;

/**
 * The tally of an extraction evaluation: snippets that must appear ({@code with}) found or missed, snippets that
 * must not appear ({@code without}) found or absent.
 *
 * @param truePositives  {@code with} snippets found in the extracted text
 * @param falsePositives {@code without} snippets found in the extracted text
 * @param falseNegatives {@code with} snippets not found
 * @param trueNegatives  {@code without} snippets not found
 */
public record ExtractionCounts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    /** No snippets scored yet. */
    public static final ExtractionCounts ZERO = new ExtractionCounts(0, 0, 0, 0);

    /** The sum of this tally and {@code other}. */
    public ExtractionCounts plus(ExtractionCounts other) {
        return new ExtractionCounts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives, trueNegatives + other.trueNegatives);
    }

    /** TP / (TP + FP), 0 when nothing was found at all. */
    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 0 : (double) truePositives / found;
    }

    /** TP / (TP + FN), 0 when there was nothing to find. */
    public double recall() {
        int wanted = truePositives + falseNegatives;
        return wanted == 0 ? 0 : (double) truePositives / wanted;
    }

    /** 2TP / (2TP + FP + FN): the harmonic mean of precision and recall, 0 when both are 0. */
    public double f1() {
        int denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }

    /** (TP + TN) / all snippets, 0 when there are none. */
    public double accuracy() {
        int all = truePositives + falsePositives + falseNegatives + trueNegatives;
        return all == 0 ? 0 : (double) (truePositives + trueNegatives) / all;
    }
}
