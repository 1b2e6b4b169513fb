package org.parallax.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Wall-clock time per stage of a run. Spark is lazy, so each stage ends with an action that materialises (and
 * caches) its result: the time of a stage is the work of that stage, not of the ones before it.
 */
final class Stages {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final long start = System.nanoTime();

    /** Runs a stage's action and adds its time to the stage (a stage may be timed in several parts). */
    <T> T time(String stage, Callable<T> action) {
        long t = System.nanoTime();
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(stage + " failed: " + e, e);
        } finally {
            nanos.merge(stage, System.nanoTime() - t, Long::sum);
        }
    }

    /** Seconds per stage (to the millisecond), in the order the stages first ran. */
    Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, Math.round(v / 1e6) / 1000.0));
        return out;
    }

    /** Seconds since this run started. */
    double total() {
        return Math.round((System.nanoTime() - start) / 1e6) / 1000.0;
    }
}
