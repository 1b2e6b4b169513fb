package org.parallax.spark;

import java.io.Serializable;
import java.util.ArrayList;

/**
 * One event as written: its line of events.jsonl and its articles' lines of articles.jsonl (the objects of
 * events.json, see docs/format.md, one per line), with what the output is sorted by.
 *
 * @param order        sorts events newest first (by end date; undated last), then by id, as the CLI does
 * @param size         the number of articles
 * @param eventLine    the event's JSON object
 * @param articleIds   the articles' ids, sorted
 * @param articleLines the articles' JSON objects, in the order of {@code articleIds}
 */
record EventOutput(String order, int size, String eventLine, ArrayList<String> articleIds,
                   ArrayList<String> articleLines) implements Serializable {
    private static final long serialVersionUID = 1L;
}
