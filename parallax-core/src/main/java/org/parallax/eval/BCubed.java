package org.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * B-cubed precision, recall and F1 of a clustering against gold labels (Bagga and Baldwin, 1998).
 *
 * <p>For each item, precision is the share of its predicted cluster that shares its gold cluster, and recall the
 * share of its gold cluster that shares its predicted cluster; both are averaged over items. Only items present on
 * both sides are scored; the others are listed in the result.
 */
public final class BCubed {
    private BCubed() {
    }

    /**
     * Scores a predicted clustering against gold.
     *
     * @param gold      item id to gold cluster label
     * @param predicted item id to predicted cluster label
     */
    public static BCubedScore score(Map<String, String> gold, Map<String, String> predicted) {
        List<String> common = new ArrayList<>();
        List<String> missingPredicted = new ArrayList<>();
        for (String id : new TreeSet<>(gold.keySet())) {
            if (predicted.containsKey(id)) {
                common.add(id);
            } else {
                missingPredicted.add(id);
            }
        }
        List<String> missingGold = new ArrayList<>();
        for (String id : new TreeSet<>(predicted.keySet())) {
            if (!gold.containsKey(id)) {
                missingGold.add(id);
            }
        }
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predictedSize = new HashMap<>();
        Map<String, Integer> bothSize = new HashMap<>();
        for (String id : common) {
            goldSize.merge(gold.get(id), 1, Integer::sum);
            predictedSize.merge(predicted.get(id), 1, Integer::sum);
            bothSize.merge(gold.get(id) + '\u0000' + predicted.get(id), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (String id : common) {
            double both = bothSize.get(gold.get(id) + '\u0000' + predicted.get(id));
            p += both / predictedSize.get(predicted.get(id));
            r += both / goldSize.get(gold.get(id));
        }
        int n = common.size();
        double precision = n == 0 ? 0 : p / n;
        double recall = n == 0 ? 0 : r / n;
        return new BCubedScore(precision, recall, n, goldSize.size(), predictedSize.size(), missingPredicted,
                missingGold);
    }
}
