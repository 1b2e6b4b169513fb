package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Approximate nearest neighbours for unit vectors by random-hyperplane locality-sensitive hashing (SimHash): each of
 * several tables hashes a vector to the signs of its dot products with a few random hyperplanes, and two vectors
 * become candidates when they share a bucket in any table. Two vectors at cosine 0.85 collide in at least one of the
 * 32 tables of 12 bits with probability about 0.96, two unrelated ones (cosine 0.2) about 0.03: the candidates are
 * checked exactly by the caller, so the cost grows with the number of near pairs, not with all pairs. The
 * hyperplanes come from a fixed seed, so the same vectors always give the same candidates.
 */
final class HyperplaneIndex {
    private static final int TABLES = 32;
    private static final int BITS = 12;
    private static final long SEED = 0x5EEDL;

    private HyperplaneIndex() {
    }

    /**
     * The candidate pairs {@code (i, j)}, {@code i < j}, of vectors that share a bucket and whose groups differ
     * ({@code group[i] != group[j]}: e.g. sentences of different articles), each once, as {@code i * n + j}.
     */
    static long[] candidatePairs(List<float[]> vectors, int[] group) {
        int n = vectors.size();
        if (n < 2) {
            return new long[0];
        }
        int dim = vectors.get(0).length;
        float[][] planes = hyperplanes(dim);
        java.util.HashSet<Long> pairs = new java.util.HashSet<>();
        for (int t = 0; t < TABLES; t++) {
            Map<Integer, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                int key = 0;
                for (int b = 0; b < BITS; b++) {
                    if (dot(planes[t * BITS + b], vectors.get(i)) >= 0) {
                        key |= 1 << b;
                    }
                }
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 0; x < bucket.size(); x++) {
                    for (int y = x + 1; y < bucket.size(); y++) {
                        int i = bucket.get(x);
                        int j = bucket.get(y);
                        if (group[i] != group[j]) {
                            pairs.add((long) i * n + j);
                        }
                    }
                }
            }
        }
        // sorted, so that nothing downstream depends on hash-set order
        return pairs.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static float[][] hyperplanes(int dim) {
        SplittableRandom random = new SplittableRandom(SEED);
        float[][] planes = new float[TABLES * BITS][dim];
        for (float[] plane : planes) {
            for (int d = 0; d < dim; d++) {
                plane[d] = (float) gaussian(random);
            }
        }
        return planes;
    }

    /** A standard normal deviate (Box-Muller), so the hyperplanes' directions are uniform on the sphere. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
