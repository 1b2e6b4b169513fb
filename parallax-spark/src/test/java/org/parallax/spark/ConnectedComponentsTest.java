package org.parallax.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import scala.Tuple2;

/** Components of small graphs, in the test JVM's local Spark (see {@link LocalSpark}). */
class ConnectedComponentsTest {

    @Test
    void everyNodeGetsTheSmallestNodeOfItsComponent() {
        SparkSession spark = LocalSpark.start("local[2]");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // A chain 9-4-7-2 given in both directions and with a repeat, a pair 5-8, a self-loop on 6 alone.
        JavaPairRDD<Long, Long> edges = jsc.parallelizePairs(List.of(t(9, 4), t(7, 4), t(2, 7), t(4, 9), t(8, 5),
                t(6, 6)), 2);
        Map<Long, Long> labels = new TreeMap<>(ConnectedComponents.of(edges).collectAsMap());
        assertEquals(Map.of(2L, 2L, 4L, 2L, 7L, 2L, 9L, 2L, 5L, 5L, 8L, 5L), labels);
    }

    private static Tuple2<Long, Long> t(long a, long b) {
        return new Tuple2<>(a, b);
    }
}
