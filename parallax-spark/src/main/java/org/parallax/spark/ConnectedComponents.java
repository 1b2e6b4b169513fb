package org.parallax.spark;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;

import scala.Tuple2;

/**
 * Connected components of a graph held as an RDD of edges, by the alternating large-star and small-star rounds of
 * Kiveris et al., "Connected Components in MapReduce and Beyond" (SoCC 2014): each round hangs nodes on the smallest
 * node in their neighbourhood until every component is a star around its smallest node, in O(log² n) rounds and
 * without ever gathering a component in one place. Nothing is collected to the driver.
 */
final class ConnectedComponents {
    /** A bound on the rounds, far above what a graph of a billion nodes needs. */
    private static final int MAX_ROUNDS = 200;

    private ConnectedComponents() {
    }

    /**
     * The component of every node that has an edge: the smallest node of its component.
     *
     * @param edges undirected edges, in any direction, duplicates allowed
     */
    static JavaPairRDD<Long, Long> of(JavaPairRDD<Long, Long> edges) {
        JavaPairRDD<Long, Long> current = edges.filter(e -> !e._1().equals(e._2()))
                .mapToPair(e -> e._1() < e._2() ? e : e.swap()).distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        for (int round = 0; round < MAX_ROUNDS; round++) {
            JavaPairRDD<Long, Long> next = smallStar(largeStar(current)).persist(StorageLevel.MEMORY_AND_DISK());
            boolean same = next.count() == current.count() && next.subtract(current).isEmpty();
            current.unpersist(false);
            current = next;
            if (same) {
                break;
            }
        }
        // Converged, every edge is (smallest node of the component, node).
        return current.flatMapToPair(e -> List.of(new Tuple2<>(e._2(), e._1()), new Tuple2<>(e._1(), e._1()))
                        .iterator())
                .reduceByKey(Math::min);
    }

    /** Every node links its larger neighbours to the smallest node of its neighbourhood (itself included). */
    private static JavaPairRDD<Long, Long> largeStar(JavaPairRDD<Long, Long> edges) {
        return edges.flatMapToPair(e -> List.of(e, e.swap()).iterator())
                .groupByKey()
                .flatMapToPair(g -> {
                    long u = g._1();
                    long m = u;
                    for (long v : g._2()) {
                        m = Math.min(m, v);
                    }
                    List<Tuple2<Long, Long>> out = new ArrayList<>();
                    for (long v : g._2()) {
                        if (v > u) {
                            out.add(new Tuple2<>(m, v));
                        }
                    }
                    return out.iterator();
                })
                .distinct();
    }

    /** Every node links itself and its smaller neighbours to the smallest of them. */
    private static JavaPairRDD<Long, Long> smallStar(JavaPairRDD<Long, Long> edges) {
        return edges.mapToPair(e -> e._1() < e._2() ? e.swap() : e)
                .groupByKey()
                .flatMapToPair(g -> {
                    long u = g._1();
                    long m = u;
                    for (long v : g._2()) {
                        m = Math.min(m, v);
                    }
                    List<Tuple2<Long, Long>> out = new ArrayList<>();
                    if (m != u) {
                        out.add(new Tuple2<>(m, u));
                    }
                    for (long v : g._2()) {
                        if (v != m) {
                            out.add(new Tuple2<>(m, v));
                        }
                    }
                    return out.iterator();
                })
                .distinct();
    }
}
