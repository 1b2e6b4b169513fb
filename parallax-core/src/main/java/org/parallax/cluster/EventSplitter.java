package org.parallax.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The last step of the refinement: splits an event in two where its reports fall into two groups that are much
 * less similar to each other than within themselves, as the reports of two events of one kind do.
 *
 * <p>Label propagation can only move articles between events, never split one, so two events of one kind that
 * the online pass or the propagation joined stay joined. Here each event is cut in two by a deterministic 2-means
 * (seeds: the member least like the event as a whole, and the member least like that one; ten rounds of assigning
 * each member to the half whose members it is more similar to on average). The cut is kept when the mean cosine
 * across the halves is below {@link ClusterSettings#splitRatio()} times the geometric mean of the mean cosines
 * within them, and each half has at least {@link #MIN_HALF} members. The ratio is scale-free: it does not depend on
 * how long the articles are or how much contrast the corpus gives term weights, so one value holds across corpora.
 * On ECB+ the two events of a topic together score 0.09-0.85 (median 0.42; 30 of 43 below 0.5), one event cut in
 * two 0.37-1.06 (median 0.82; 72 of 73 at 0.5 or above; see docs/accuracy.md). All mean cosines are exact and cheap: the sum over pairs of dot
 * products is the dot product of the sums of the unit vectors.
 */
final class EventSplitter {
    /** The least members of each half: smaller halves are outliers, not a second event. */
    static final int MIN_HALF = 3;
    private static final int ROUNDS = 10;

    private final List<EventClusterer.Member> members;
    private final double maxRatio;

    EventSplitter(List<EventClusterer.Member> members, double maxRatio) {
        this.members = members;
        this.maxRatio = maxRatio;
    }

    /**
     * Splits the events given by {@code label} (a label per member) where they fall apart; the half without the
     * event's first member gets a new label past every label in use (and past every cluster index).
     */
    void apply(int[] label) {
        TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
        int next = 0;
        for (int i = 0; i < label.length; i++) {
            groups.computeIfAbsent(label[i], k -> new ArrayList<>()).add(i);
            next = Math.max(next, Math.max(label[i], members.get(i).cluster.index) + 1);
        }
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2 * MIN_HALF) {
                continue;
            }
            List<List<Integer>> halves = twoMeans(group);
            if (halves == null || halves.get(0).size() < MIN_HALF || halves.get(1).size() < MIN_HALF
                    || !(ratio(halves.get(0), halves.get(1)) < maxRatio)) {
                continue;
            }
            List<Integer> moved = halves.get(0).contains(group.get(0)) ? halves.get(1) : halves.get(0);
            for (int i : moved) {
                label[i] = next;
            }
            next++;
        }
    }

    /** The two halves of a group by 2-means over the members' unit vectors, or null when one half empties. */
    List<List<Integer>> twoMeans(List<Integer> group) {
        IntDoubleMap all = sum(group);
        int a = group.get(0);
        double least = Double.MAX_VALUE;
        for (int i : group) {
            double s = dot(members.get(i).unit, all);
            if (s < least) {
                least = s;
                a = i;
            }
        }
        int b = a;
        least = Double.MAX_VALUE;
        for (int i : group) {
            double s = TermVector.dot(members.get(i).unit, members.get(a).unit);
            if (i != a && s < least) {
                least = s;
                b = i;
            }
        }
        List<Integer> x = List.of(a);
        List<Integer> y = List.of(b);
        for (int round = 0; round < ROUNDS; round++) {
            IntDoubleMap sx = sum(x);
            IntDoubleMap sy = sum(y);
            List<Integer> nx = new ArrayList<>();
            List<Integer> ny = new ArrayList<>();
            for (int i : group) {
                TermVector u = members.get(i).unit;
                // Mean similarity to each half; ties go to the first half.
                if (dot(u, sx) / x.size() >= dot(u, sy) / y.size()) {
                    nx.add(i);
                } else {
                    ny.add(i);
                }
            }
            if (nx.isEmpty() || ny.isEmpty()) {
                return null;
            }
            if (nx.equals(x)) {
                break;
            }
            x = nx;
            y = ny;
        }
        return List.of(x, y);
    }

    /** Mean cosine across two groups over the geometric mean of their mean cosines within (groups of 2 or more). */
    double ratio(List<Integer> x, List<Integer> y) {
        IntDoubleMap sx = sum(x);
        IntDoubleMap sy = sum(y);
        double across = sx.dot(sy) / ((double) x.size() * y.size());
        return across / Math.sqrt(within(sx, x.size()) * within(sy, y.size()));
    }

    /** Mean cosine of distinct members, from the sum of n unit vectors: |sum|^2 = n + the sum over ordered pairs. */
    private static double within(IntDoubleMap sum, int n) {
        return (sum.dot(sum) - n) / (n * (n - 1.0));
    }

    private IntDoubleMap sum(List<Integer> group) {
        IntDoubleMap s = new IntDoubleMap();
        for (int i : group) {
            TermVector u = members.get(i).unit;
            for (int k = 0; k < u.terms.length; k++) {
                s.add(u.terms[k], u.weights[k]);
            }
        }
        return s;
    }

    private static double dot(TermVector u, IntDoubleMap sum) {
        double d = 0;
        for (int k = 0; k < u.terms.length; k++) {
            d += u.weights[k] * sum.get(u.terms[k]);
        }
        return d;
    }
}
