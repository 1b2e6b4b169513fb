package org.parallax.spark;

import org.apache.spark.sql.SparkSession;

/** A small local Spark for tests: no web UI, few shuffle partitions. */
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
