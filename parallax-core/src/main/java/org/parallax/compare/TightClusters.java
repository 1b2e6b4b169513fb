package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups items joined by scored links into clusters: links are taken best first (single-link merging, like
 * connected components), but two clusters merge only when the mean score over all pairs between them reaches a
 * tightness bound. A chain A~B~C, where A and C are unrelated, therefore stops at A~B or B~C.
 */
final class TightClusters {

    /** A scored link between items {@code a < b}. */
    record Link(int a, int b, double score) {
    }

    /** Scores any two items; must be symmetric. */
    interface Scorer {
        double score(int a, int b);
    }

    private TightClusters() {
    }

    /**
     * The clusters of two or more items, each sorted ascending, listed by their first item.
     *
     * @param n         number of items
     * @param links     the links above the alignment threshold
     * @param scorer    scores any pair (used for the tightness check)
     * @param tightness least mean score between two clusters to merge them
     */
    static List<List<Integer>> of(int n, List<Link> links, Scorer scorer, double tightness) {
        List<Link> ordered = new ArrayList<>(links);
        ordered.sort(Comparator.comparingDouble(Link::score).reversed().thenComparingInt(Link::a)
                .thenComparingInt(Link::b));
        int[] root = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            root[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        // Clusters only grow, so a refused merge stays refused while both sides keep their size: remembering it
        // spares recomputing the |A| x |B| mean for every further link between the same two clusters.
        Map<Long, Long> refused = new HashMap<>();
        for (Link link : ordered) {
            int ra = find(root, link.a());
            int rb = find(root, link.b());
            if (ra == rb) {
                continue;
            }
            long key = (long) Math.min(ra, rb) << 32 | Math.max(ra, rb);
            long sizes = (long) members.get(Math.min(ra, rb)).size() << 32 | members.get(Math.max(ra, rb)).size();
            if (refused.getOrDefault(key, -1L) == sizes) {
                continue;
            }
            if (meanScore(members.get(ra), members.get(rb), scorer) < tightness) {
                refused.put(key, sizes);
                continue;
            }
            int keep = Math.min(ra, rb);
            int gone = Math.max(ra, rb);
            root[gone] = keep;
            members.get(keep).addAll(members.get(gone));
            members.set(gone, List.of());
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (find(root, i) == i && members.get(i).size() > 1) {
                List<Integer> cluster = new ArrayList<>(members.get(i));
                cluster.sort(null);
                out.add(List.copyOf(cluster));
            }
        }
        return out;
    }

    private static double meanScore(List<Integer> a, List<Integer> b, Scorer scorer) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                sum += scorer.score(i, j);
            }
        }
        return sum / ((double) a.size() * b.size());
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }
}
