package org.parallax.spark;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a run did, written as summary.json and printed at the end.
 *
 * @param input             the input path
 * @param output            the output folder
 * @param master            the Spark master it ran on
 * @param annotate          whether articles were annotated and dossiers built
 * @param files             input files read
 * @param records           articles read from them
 * @param articles          articles analysed (after dropping repeated ids)
 * @param skipped           records or files skipped
 * @param warnings          warnings (the record was kept)
 * @param skippedByReason   skipped records by reason (numbers and quoted parts of the reason left out)
 * @param candidatePairs    pairs of articles scored in blocking
 * @param links             pairs at or above the link threshold
 * @param components        connected components of two or more articles
 * @param largestComponent  articles in the largest component
 * @param events            events found
 * @param multiArticleEvents events of two or more articles
 * @param largestEvent      articles in the largest event
 * @param stageSeconds      wall-clock seconds per stage, in stage order
 * @param totalSeconds      wall-clock seconds of the whole run
 * @param articlesPerSecond articles analysed per second of the whole run
 */
@JsonPropertyOrder({"input", "output", "master", "annotate", "files", "records", "articles", "skipped", "warnings",
    "skippedByReason", "candidatePairs", "links", "components", "largestComponent", "events", "multiArticleEvents",
    "largestEvent", "stageSeconds", "totalSeconds", "articlesPerSecond"})
public record RunSummary(String input, String output, String master, boolean annotate, long files, long records,
                         long articles, long skipped, long warnings, Map<String, Long> skippedByReason,
                         long candidatePairs, long links, long components, long largestComponent, long events,
                         long multiArticleEvents, long largestEvent, Map<String, Double> stageSeconds,
                         double totalSeconds, double articlesPerSecond) {
}
