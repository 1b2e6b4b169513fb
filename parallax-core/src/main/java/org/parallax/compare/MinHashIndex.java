package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate pairs of near-identical shingle sets by MinHash with banded locality-sensitive hashing: 32 min-hashes in
 * 16 bands of 2 rows, so two sets with Jaccard similarity 0.5 share a band with probability 0.99 and two sets with
 * Jaccard 0.05 with about 0.04. The candidates are checked exactly by the caller. Hash functions are fixed
 * (multiply-shift with constant odd multipliers), so results are reproducible.
 */
final class MinHashIndex {
    private static final int BANDS = 16;
    private static final int ROWS = 2;
    private static final int HASHES = BANDS * ROWS;

    private MinHashIndex() {
    }

    /** Pairs {@code i < j} with different groups that share a band, as {@code i * n + j}, sorted. */
    static long[] candidatePairs(List<long[]> shingleSets, int[] group) {
        int n = shingleSets.size();
        Set<Long> pairs = new HashSet<>();
        long[][] signatures = new long[n][];
        for (int i = 0; i < n; i++) {
            signatures[i] = signature(shingleSets.get(i));
        }
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (shingleSets.get(i).length == 0) {
                    continue;
                }
                long key = 17;
                for (int r = 0; r < ROWS; r++) {
                    key = key * 1_000_003L + signatures[i][band * ROWS + r];
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
        return pairs.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static long[] signature(long[] shingles) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int h = 0; h < HASHES; h++) {
                long v = mix(s * (0x9E3779B97F4A7C15L + 2L * h * 0x632BE59BD9B4E019L + 1));
                if (v < sig[h]) {
                    sig[h] = v;
                }
            }
        }
        return sig;
    }

    /** The 64-bit finaliser of MurmurHash3: spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return (z ^ (z >>> 33)) & Long.MAX_VALUE;
    }
}
