package org.parallax.cluster;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A sparse vector of weighted terms (term ids from a {@link TermDictionary}), sorted by id so that every sum over it
 * runs in the same order (and so gives bit-identical results) on every run, and dot products are a merge of two
 * int arrays.
 */
final class TermVector {
    static final TermVector EMPTY = new TermVector(new int[0], new double[0]);

    final int[] terms;
    final double[] weights;

    private TermVector(int[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /**
     * The vector of the given term ids (sorted ascending, distinct) and weights; terms of weight zero or less are
     * left out.
     */
    static TermVector ofSorted(int[] ids, double[] weights) {
        int n = 0;
        for (double w : weights) {
            if (w > 0) {
                n++;
            }
        }
        int[] t = new int[n];
        double[] w = new double[n];
        int j = 0;
        for (int i = 0; i < ids.length; i++) {
            if (weights[i] > 0) {
                t[j] = ids[i];
                w[j++] = weights[i];
            }
        }
        return new TermVector(t, w);
    }

    /** The vector of the given distinct term ids, in any order, and their weights. */
    static TermVector of(int[] ids, double[] weights) {
        long[] packed = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            packed[i] = (long) ids[i] << 32 | i;
        }
        Arrays.sort(packed);
        int[] t = new int[ids.length];
        double[] w = new double[ids.length];
        for (int i = 0; i < packed.length; i++) {
            t[i] = (int) (packed[i] >>> 32);
            w[i] = weights[(int) packed[i]];
        }
        return ofSorted(t, w);
    }

    double norm() {
        double s = 0;
        for (double w : weights) {
            s += w * w;
        }
        return Math.sqrt(s);
    }

    /** This vector scaled to unit length (or itself when empty). */
    TermVector normalized() {
        double n = norm();
        if (n == 0) {
            return this;
        }
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i] / n;
        }
        return new TermVector(terms, w);
    }

    /** Dot product of two vectors (a merge of their sorted term ids). */
    static double dot(TermVector a, TermVector b) {
        double s = 0;
        int i = 0;
        int j = 0;
        int[] at = a.terms;
        int[] bt = b.terms;
        while (i < at.length && j < bt.length) {
            if (at[i] == bt[j]) {
                s += a.weights[i++] * b.weights[j++];
            } else if (at[i] < bt[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /** The indexes of the {@code k} heaviest terms, heaviest first, ties by term id. */
    int[] top(int k) {
        return top(k, i -> true);
    }

    /** The indexes of the {@code k} heaviest terms that pass {@code keep}, heaviest first, ties by term id. */
    int[] top(int k, IntPredicate keep) {
        int n = 0;
        int[] idx = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            if (keep.test(i)) {
                idx[n++] = i;
            }
        }
        // Insertion into a sorted prefix of length k: k is small and vectors are a few hundred terms.
        int m = Math.min(k, n);
        int[] out = new int[m];
        int filled = 0;
        for (int q = 0; q < n; q++) {
            int i = idx[q];
            if (filled == m && !heavier(i, out[m - 1])) {
                continue;
            }
            int pos = filled < m ? filled++ : m - 1;
            while (pos > 0 && heavier(i, out[pos - 1])) {
                out[pos] = out[pos - 1];
                pos--;
            }
            out[pos] = i;
        }
        return out;
    }

    private boolean heavier(int a, int b) {
        return weights[a] != weights[b] ? weights[a] > weights[b] : terms[a] < terms[b];
    }
}
