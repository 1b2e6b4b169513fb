package org.parallax.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parallax.model.Article;

/**
 * How the event page names the article an item comes from: its outlet, or its id when the outlet is unknown (each
 * such article counts as its own outlet). When two articles of the event share an outlet, the id is added to tell
 * them apart: {@code Coastal Ledger (b2)}.
 */
final class OutletLabels {
    /** What ingestion writes when nothing names the outlet. */
    static final String UNKNOWN = "unknown";

    private final Map<String, String> labels = new HashMap<>();

    OutletLabels(List<Article> articles) {
        Map<String, Integer> perOutlet = new HashMap<>();
        for (Article a : articles) {
            perOutlet.merge(a.outlet(), 1, Integer::sum);
        }
        for (Article a : articles) {
            String label;
            if (a.outlet().isBlank() || UNKNOWN.equals(a.outlet())) {
                label = a.id();
            } else if (perOutlet.get(a.outlet()) > 1) {
                label = a.outlet() + " (" + a.id() + ")";
            } else {
                label = a.outlet();
            }
            labels.putIfAbsent(a.id(), label);
        }
    }

    /** The label of article {@code articleId}; an id not in the event is shown as it is. */
    String of(String articleId) {
        return articleId == null ? "" : labels.getOrDefault(articleId, articleId);
    }

    /** The outlet an article counts as, for counting distinct outlets: its outlet, or its id when unknown. */
    static String outletOf(Article a) {
        return a.outlet().isBlank() || UNKNOWN.equals(a.outlet()) ? "id:" + a.id() : a.outlet();
    }

    /** How many distinct outlets the articles come from (an article missing from {@code byId} counts alone). */
    static int count(List<String> articleIds, Map<String, Article> byId) {
        Set<String> outlets = new HashSet<>();
        for (String id : articleIds) {
            Article a = byId.get(id);
            outlets.add(a == null ? "id:" + id : outletOf(a));
        }
        return outlets.size();
    }
}
