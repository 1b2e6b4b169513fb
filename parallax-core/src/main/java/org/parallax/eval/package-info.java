/**
 * Evaluation of Parallax's output against gold annotations: B-cubed scores for event clustering, snippet scores for
 * main-text extraction from HTML ({@link org.parallax.eval.ExtractionEval}), readers of gold
 * files and events.json, and synthetic corpora for benchmarks.
 */
package org.parallax.eval;
