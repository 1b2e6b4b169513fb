/**
 * Evaluation of Parallax's output against gold annotations: B-cubed scores for event clustering, readers of gold
 * files and events.json, and synthetic corpora for benchmarks.
 */
package org.parallax.eval;
