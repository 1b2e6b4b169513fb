package org.parallax.spark;

import java.io.Serializable;

/**
 * One output of a per-record stage: a record that went through, or the problem that stopped or marked it. A stage
 * that meets bad input emits a problem and goes on, so one corrupt file or record never fails the job.
 *
 * @param value   the record, or null for a problem
 * @param problem the problem, or null
 * @param <T>     the kind of record
 */
record Item<T extends Serializable>(T value, ProblemRow problem) implements Serializable {
    private static final long serialVersionUID = 1L;

    static <T extends Serializable> Item<T> of(T value) {
        return new Item<>(value, null);
    }

    static <T extends Serializable> Item<T> problem(ProblemRow problem) {
        return new Item<>(null, problem);
    }

    boolean ok() {
        return value != null;
    }
}
