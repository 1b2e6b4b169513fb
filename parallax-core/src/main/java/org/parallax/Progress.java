package org.parallax;

/** Receives progress of a run, for a progress bar. Implementations must be thread-safe. */
@FunctionalInterface
public interface Progress {
    /** Ignores all progress. */
    Progress NONE = (stage, done, total) -> { };

    /**
     * Called as work advances.
     *
     * @param stage a short name of the stage ("reading", "cleaning", "clustering")
     * @param done  units done so far in that stage
     * @param total units in that stage, or -1 when unknown
     */
    void update(String stage, long done, long total);
}
