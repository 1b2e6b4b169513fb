package org.parallax.eval;

import java.util.List;

/**
 * A B-cubed score.
 *
 * @param precision        mean over scored items of the share of the item's predicted cluster in its gold cluster
 * @param recall           mean over scored items of the share of the item's gold cluster in its predicted cluster
 * @param items            number of items scored (present on both sides)
 * @param goldClusters     number of gold clusters among the scored items
 * @param predictedClusters number of predicted clusters among the scored items
 * @param missingPredicted ids in the gold but not predicted, sorted
 * @param missingGold      ids predicted but not in the gold, sorted
 */
public record BCubedScore(double precision, double recall, int items, int goldClusters, int predictedClusters,
                          List<String> missingPredicted, List<String> missingGold) {

    public BCubedScore {
        missingPredicted = List.copyOf(missingPredicted);
        missingGold = List.copyOf(missingGold);
    }

    /** Harmonic mean of precision and recall (0 when both are 0). */
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
