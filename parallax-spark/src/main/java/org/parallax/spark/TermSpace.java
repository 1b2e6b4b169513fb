package org.parallax.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.parallax.cluster.Similarity;
import org.parallax.cluster.TermStatistics;

/**
 * The corpus-wide term statistics, broadcast to every executor: the document frequencies (so that every article is
 * weighed as the batch clusterer weighs it within the whole corpus) and a small integer id for every term that at
 * least two articles share (the only terms that can make two articles similar), so that vectors and blocking keys
 * are compact arrays.
 */
final class TermSpace implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TermStatistics statistics;
    private final HashMap<String, Integer> ids;

    /**
     * @param documents the number of articles
     * @param frequencies how many articles contain each term
     */
    TermSpace(int documents, Map<String, Integer> frequencies) {
        this.statistics = TermStatistics.of(documents, frequencies);
        this.ids = new HashMap<>();
        // Ids in term order, so they do not depend on the order Spark returned the counts in.
        for (Map.Entry<String, Integer> e : new TreeMap<>(frequencies).entrySet()) {
            if (e.getValue() >= 2) {
                ids.put(e.getKey(), ids.size());
            }
        }
    }

    TermStatistics statistics() {
        return statistics;
    }

    /**
     * The vector of an article for blocking and scoring: its unit TF-IDF vector (exactly the clusterer's, see
     * {@link Similarity#unitVector}) restricted to shared terms, and its index terms as keys.
     */
    Vec vector(long index, Doc d) {
        Map<String, Double> counts = new HashMap<>();
        for (int i = 0; i < d.terms().length; i++) {
            counts.put(d.terms()[i], d.counts()[i]);
        }
        SortedMap<String, Double> unit = Similarity.unitVector(counts, statistics);
        long[] packed = new long[unit.size()];
        double[] byTerm = new double[unit.size()];
        int n = 0;
        for (Map.Entry<String, Double> e : unit.entrySet()) {
            Integer id = ids.get(e.getKey());
            if (id != null) {
                byTerm[n] = e.getValue();
                packed[n] = (long) id << 32 | n;
                n++;
            }
        }
        packed = Arrays.copyOf(packed, n);
        Arrays.sort(packed);
        int[] terms = new int[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            terms[i] = (int) (packed[i] >>> 32);
            weights[i] = byTerm[(int) packed[i]];
        }
        List<String> indexTerms = Similarity.indexTerms(unit, statistics);
        int[] keys = indexTerms.stream().map(ids::get).filter(id -> id != null).mapToInt(Integer::intValue)
                .sorted().toArray();
        return new Vec(index, d.day(), keys, terms, weights);
    }
}
