package org.parallax.cluster;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * An article's raw weighted term counts by term id, sorted by id: the compact form kept between counting document
 * frequencies over a batch and weighing the terms by them.
 */
final class TermCounts {
    final int[] ids;
    final double[] counts;

    private TermCounts(int[] ids, double[] counts) {
        this.ids = ids;
        this.counts = counts;
    }

    /**
     * Interns the terms of a count map. Terms are interned in their alphabetical order, so that ids depend only on
     * the order of the articles, not on hash order.
     */
    static TermCounts of(Map<String, Double> counts, TermDictionary dictionary) {
        TreeMap<String, Double> sorted = new TreeMap<>(counts);
        long[] packed = new long[sorted.size()];
        double[] byTerm = new double[sorted.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : sorted.entrySet()) {
            byTerm[i] = e.getValue();
            // id in the high half, position in the low half: sorting the longs sorts by id.
            packed[i] = (long) dictionary.intern(e.getKey()) << 32 | i;
            i++;
        }
        Arrays.sort(packed);
        int[] ids = new int[packed.length];
        double[] c = new double[packed.length];
        for (int j = 0; j < packed.length; j++) {
            ids[j] = (int) (packed[j] >>> 32);
            c[j] = byTerm[(int) packed[j]];
        }
        return new TermCounts(ids, c);
    }
}
