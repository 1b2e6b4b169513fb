package org.parallax.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parallax.cluster.ClusterSettings;
import org.parallax.cluster.EventClusterer;
import org.parallax.cluster.TermStatistics;
import org.parallax.model.Article;
import org.parallax.model.Event;

import scala.Tuple2;

/**
 * Clusters one connected component with the core's batch clusterer ({@link EventClusterer#cluster(List,
 * ClusterSettings, TermStatistics)}), with the corpus-wide document frequencies: the same online pass, refinement
 * and split rules as the CLI, on the articles the CLI could have put together with any of these.
 */
final class ComponentClusterer {
    private ComponentClusterer() {
    }

    /** The events of one component, each with its members' encoded articles (in the order of its article ids). */
    static List<Tuple2<EventRow, List<byte[]>>> cluster(Iterable<Doc> component, ClusterSettings settings,
                                                        TermStatistics statistics) {
        List<Article> articles = new ArrayList<>();
        Map<String, byte[]> encoded = new HashMap<>();
        for (Doc d : component) {
            articles.add(ArticleCodec.decode(d.encoded()).article());
            encoded.put(d.id(), d.encoded());
        }
        List<Tuple2<EventRow, List<byte[]>>> out = new ArrayList<>();
        for (Event e : EventClusterer.cluster(articles, settings, statistics)) {
            out.add(new Tuple2<>(EventRow.of(e), e.articleIds().stream().map(encoded::get).toList()));
        }
        return out;
    }
}
