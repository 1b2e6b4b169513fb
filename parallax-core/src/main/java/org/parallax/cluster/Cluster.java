package org.parallax.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.parallax.model.Article;

/**
 * An event being built: its members and the centroid of their unit-length term vectors. Mutable, owned by one
 * {@link EventClusterer}.
 */
final class Cluster {
    final int index;
    final List<Article> members = new ArrayList<>();
    /** Sum of the members' unit vectors, by term id. */
    final IntDoubleMap centroid = new IntDoubleMap();
    /** Term ids under which this cluster is in the clusterer's inverted index (values unused). */
    final IntDoubleMap indexed = new IntDoubleMap();
    private double normSquared;
    /** The id this event keeps whatever its members, or null while it follows its members (see EventClusterer#fixIds). */
    String fixedId;
    LocalDate start;
    LocalDate end;

    Cluster(int index) {
        this.index = index;
    }

    double norm() {
        return Math.sqrt(Math.max(normSquared, 0));
    }

    /** Dot product of a vector with the (unnormalised) centroid. */
    double dot(TermVector v) {
        double s = 0;
        for (int i = 0; i < v.terms.length; i++) {
            s += v.weights[i] * centroid.get(v.terms[i]);
        }
        return s;
    }

    /** Cosine of a vector with the centroid. */
    double cosine(TermVector v) {
        double n = norm();
        return n == 0 ? 0 : dot(v) / n;
    }

    void add(Article a, TermVector unit) {
        double d = dot(unit);
        for (int i = 0; i < unit.terms.length; i++) {
            centroid.add(unit.terms[i], unit.weights[i]);
        }
        double self = 0;
        for (double w : unit.weights) {
            self += w * w;
        }
        // |c + v|^2 = |c|^2 + 2 c.v + |v|^2; |v| is 1, or 0 for an article without a single term.
        normSquared += 2 * d + self;
        members.add(a);
        widenDates(a.published());
    }

    /** Empties this cluster, for regrouping. */
    void clear() {
        members.clear();
        centroid.clear();
        normSquared = 0;
        start = null;
        end = null;
    }

    private void widenDates(LocalDate d) {
        if (d == null) {
            return;
        }
        if (start == null || d.isBefore(start)) {
            start = d;
        }
        if (end == null || d.isAfter(end)) {
            end = d;
        }
    }

    /** Days between a date and this cluster's date range (0 inside it), or -1 when either side is undated. */
    long daysFrom(LocalDate d) {
        if (d == null || start == null) {
            return -1;
        }
        if (d.isBefore(start)) {
            return ChronoUnit.DAYS.between(d, start);
        }
        if (d.isAfter(end)) {
            return ChronoUnit.DAYS.between(end, d);
        }
        return 0;
    }
}
