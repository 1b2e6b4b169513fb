package org.parallax.cluster;

import java.util.List;

import org.parallax.model.Article;
import org.parallax.model.Event;

/**
 * Groups articles into events online: each article, in publication order, joins the most similar existing event
 * or opens a new one. Candidate events come from an inverted index, so time grows about linearly with the number
 * of articles.
 */
public final class EventClusterer {

    /** Clusters a whole batch: articles are added in publication order (undated last), then by id. */
    public static List<Event> cluster(List<Article> articles, ClusterSettings settings) {
        throw new UnsupportedOperationException("cluster: being written");
    }
}
