package org.parallax.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Candidate pairs for alignment without comparing all pairs: texts whose embeddings fall into the same bucket of a
 * random-hyperplane LSH table (sign patterns of dot products with random Gaussian vectors, several tables), plus texts
 * sharing a rare term. Bucket size is held near a target by adding bits as the number of texts grows, so the number
 * of candidates grows about linearly. The hyperplanes come from a fixed seed, so the result is deterministic.
 */
final class Candidates {
    private static final long SEED = 0x5eed_a11eL;

    private Candidates() {
    }

    /**
     * The candidate pairs, each encoded as {@code (long) i << 32 | j} with {@code i < j}, sorted and distinct.
     *
     * @param vectors unit vectors, one per text
     * @param terms   the rare-term blocking keys of each text
     */
    static long[] pairs(List<float[]> vectors, List<Set<String>> terms, AlignSettings settings) {
        int n = vectors.size();
        if (n < 2) {
            return new long[0];
        }
        LongBuffer out = new LongBuffer();
        lsh(vectors, settings, out);
        rareTerms(terms, settings.maxTermFrequency(), out);
        return out.sortedDistinct();
    }

    private static void lsh(List<float[]> vectors, AlignSettings settings, LongBuffer out) {
        int n = vectors.size();
        int dim = vectors.get(0).length;
        int bits = Math.max(0, Math.min(20, (int) Math.ceil(log2((double) n / settings.maxBucket()))));
        if (bits == 0) {
            allPairs(n, out); // few texts: one bucket holds them all, which is what LSH would give anyway
            return;
        }
        Random random = new Random(SEED);
        for (int t = 0; t < settings.lshTables(); t++) {
            float[][] planes = new float[bits][dim];
            for (float[] plane : planes) {
                for (int d = 0; d < dim; d++) {
                    plane[d] = (float) random.nextGaussian();
                }
            }
            Map<Integer, List<Integer>> buckets = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                buckets.computeIfAbsent(signature(vectors.get(i), planes), k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                addPairs(bucket, out);
            }
        }
    }

    private static int signature(float[] v, float[][] planes) {
        int sig = 0;
        for (int b = 0; b < planes.length; b++) {
            if (SentenceEmbedder.cosine(v, planes[b]) >= 0) {
                sig |= 1 << b;
            }
        }
        return sig;
    }

    private static void rareTerms(List<Set<String>> terms, int maxFrequency, LongBuffer out) {
        Map<String, List<Integer>> postings = new TreeMap<>();
        for (int i = 0; i < terms.size(); i++) {
            for (String term : terms.get(i)) {
                postings.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> posting : postings.values()) {
            if (posting.size() >= 2 && posting.size() <= maxFrequency) {
                addPairs(posting, out);
            }
        }
    }

    private static void allPairs(int n, LongBuffer out) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out.add(encode(i, j));
            }
        }
    }

    private static void addPairs(List<Integer> members, LongBuffer out) {
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                int i = members.get(a);
                int j = members.get(b);
                out.add(encode(Math.min(i, j), Math.max(i, j)));
            }
        }
    }

    static long encode(int i, int j) {
        return (long) i << 32 | j;
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** A growable array of longs: candidate lists reach millions, too many to box. */
    private static final class LongBuffer {
        private long[] data = new long[1024];
        private int size;

        void add(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        long[] sortedDistinct() {
            long[] sorted = Arrays.copyOf(data, size);
            Arrays.sort(sorted);
            int k = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (k == 0 || sorted[i] != sorted[k - 1]) {
                    sorted[k++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, k);
        }
    }
}
