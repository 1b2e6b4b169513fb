package org.parallax.spark;

import org.apache.spark.sql.SparkSession;

/**
 * A small local Spark for tests: no web UI, few shuffle partitions. {@link #start} returns the running session if
 * there is one, so test classes share it; it stops when the test JVM exits.
 */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession start(String master) {
        return SparkSession.builder()
                .master(master)
                .appName("parallax-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .getOrCreate();
    }
}
