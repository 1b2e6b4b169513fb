package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Event;

/** Builds small fictional coverages for the comparison tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Article article(String id, String outlet, String title, String text) {
        return new Article(id, title, outlet, null, null, null, "en", text, List.of());
    }

    /** A coverage of the given articles with no annotations. */
    static Coverage coverage(Article... articles) {
        return coverage(Map.of(), articles);
    }

    /** A coverage of the given articles with the given annotations by article id. */
    static Coverage coverage(Map<String, Annotations> notes, Article... articles) {
        List<Article> sorted = new ArrayList<>(List.of(articles));
        sorted.sort(Comparator.comparing(Article::id));
        Event event = new Event("e1", "fixture", sorted.stream().map(Article::id).toList(), null, null);
        return new Coverage(event, sorted, new TreeMap<>(notes));
    }
}
