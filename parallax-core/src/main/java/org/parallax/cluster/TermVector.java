package org.parallax.cluster;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sparse vector of weighted terms, sorted by term so that every sum over it runs in the same order (and so gives
 * bit-identical results) on every run.
 */
final class TermVector {
    static final TermVector EMPTY = new TermVector(new String[0], new double[0]);

    final String[] terms;
    final double[] weights;

    private TermVector(String[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /** The vector of the given term weights; terms of weight zero or less are left out. */
    static TermVector of(Map<String, Double> weights) {
        TreeMap<String, Double> sorted = new TreeMap<>(weights);
        sorted.values().removeIf(w -> !(w > 0));
        String[] t = sorted.keySet().toArray(new String[0]);
        double[] w = new double[t.length];
        int i = 0;
        for (double v : sorted.values()) {
            w[i++] = v;
        }
        return new TermVector(t, w);
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

    /** Dot product of two vectors (a merge of their sorted terms). */
    static double dot(TermVector a, TermVector b) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < a.terms.length && j < b.terms.length) {
            int c = a.terms[i].compareTo(b.terms[j]);
            if (c == 0) {
                s += a.weights[i++] * b.weights[j++];
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /** The indexes of the {@code k} heaviest terms, heaviest first, ties by term. */
    int[] top(int k) {
        return top(k, i -> true);
    }

    /** The indexes of the {@code k} heaviest terms that pass {@code keep}, heaviest first, ties by term. */
    int[] top(int k, java.util.function.IntPredicate keep) {
        Integer[] idx = java.util.stream.IntStream.range(0, terms.length).filter(keep).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(idx, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a])
                : terms[a].compareTo(terms[b]));
        int n = Math.min(k, idx.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
