package org.parallax.spark;

import java.util.HashMap;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;

import scala.Tuple2;
import scala.Tuple3;

/**
 * Keeps one article per id, as the CLI does: the first in input order (by {@link Doc#order()}); each other one
 * becomes a problem naming where the kept one came from. Only ids that repeat reach the driver.
 *
 * @param docs       the articles kept (cached)
 * @param duplicates a problem for each article dropped (cached)
 */
record Deduplication(JavaRDD<Doc> docs, JavaRDD<ProblemRow> duplicates) {

    /** The articles of {@code candidates} with ids made unique; both results computed and cached. */
    static Deduplication of(JavaSparkContext jsc, JavaRDD<Doc> candidates) {
        // Per repeated id: the order and origin of the first article, and how many there are.
        Map<String, Tuple3<String, String, Integer>> repeated = new HashMap<>(candidates
                .mapToPair(d -> new Tuple2<>(d.id(), new Tuple3<>(d.order(), d.origin(), 1)))
                .reduceByKey(Deduplication::first)
                .filter(t -> t._2()._3() > 1)
                .collectAsMap());
        Broadcast<HashMap<String, Tuple3<String, String, Integer>>> firsts = jsc.broadcast(new HashMap<>(repeated));
        JavaRDD<Doc> docs = candidates.filter(d -> isFirst(d, firsts.value()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<ProblemRow> duplicates = candidates.filter(d -> !isFirst(d, firsts.value()))
                .map(d -> new ProblemRow(d.origin(), 0, "duplicate article id '" + d.id() + "' (also in "
                        + firsts.value().get(d.id())._2() + "): rename the file or give the JSON record another id",
                        true))
                .persist(StorageLevel.MEMORY_AND_DISK());
        docs.count();
        duplicates.count();
        return new Deduplication(docs, duplicates);
    }

    private static Tuple3<String, String, Integer> first(Tuple3<String, String, Integer> a,
                                                         Tuple3<String, String, Integer> b) {
        Tuple3<String, String, Integer> earlier = a._1().compareTo(b._1()) <= 0 ? a : b;
        return new Tuple3<>(earlier._1(), earlier._2(), a._3() + b._3());
    }

    private static boolean isFirst(Doc d, Map<String, Tuple3<String, String, Integer>> repeated) {
        Tuple3<String, String, Integer> first = repeated.get(d.id());
        return first == null || first._1().equals(d.order());
    }
}
