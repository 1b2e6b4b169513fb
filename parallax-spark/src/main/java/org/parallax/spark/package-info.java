/**
 * The Parallax pipeline as an Apache Spark job: {@link org.parallax.spark.ParallaxJob} runs the core's stages over
 * a corpus on any Hadoop file system, with the same results as the command line (see docs/accuracy.md).
 *
 * <p>Reading ({@link org.parallax.spark.FileIngest}) and the per-article stages
 * ({@link org.parallax.spark.Preparer}) run per partition; document frequencies are counted over the whole corpus
 * ({@link org.parallax.spark.TermSpace}); candidate pairs are blocked by index terms and scored with the core's
 * similarity ({@link org.parallax.spark.LinkFinder}); connected components of the links
 * ({@link org.parallax.spark.ConnectedComponents}) are clustered by the core's clusterer
 * ({@link org.parallax.spark.ComponentClusterer}); dossiers and output lines are built per event
 * ({@link org.parallax.spark.EventWriter}).
 */
package org.parallax.spark;
