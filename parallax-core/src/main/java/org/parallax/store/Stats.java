package org.parallax.store;

/**
 * Counts of what a workspace holds.
 *
 * @param articles   stored articles
 * @param events     events
 * @param generation the write generation (see {@link Workspace#generation()})
 */
public record Stats(long articles, long events, long generation) {
}
