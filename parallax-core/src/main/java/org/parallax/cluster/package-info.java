/**
 * Event clustering: groups articles that report the same real-world event.
 *
 * <p>{@link org.parallax.cluster.EventClusterer} is online (each article joins the most similar event or opens a
 * new one; candidates come from an inverted index) and, in batch mode, refines its result by label propagation
 * over each article's nearest neighbours. {@link org.parallax.cluster.TermStatistics} holds the document
 * frequencies, {@link org.parallax.cluster.ClusterSettings} the settings measured in docs/accuracy.md, and
 * {@link org.parallax.cluster.EventIds} the content-derived event ids.
 */
package org.parallax.cluster;
