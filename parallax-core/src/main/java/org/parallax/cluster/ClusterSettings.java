package org.parallax.cluster;

/**
 * Settings of the online event clusterer.
 *
 * @param threshold similarity an article needs to join an existing event rather than open a new one
 */
public record ClusterSettings(double threshold) {

    /** The settings measured in docs/accuracy.md. */
    public static ClusterSettings defaults() {
        return new ClusterSettings(0.3);
    }
}
