package org.parallax.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.DateMention;
import org.parallax.model.Event;
import org.parallax.model.Quantity;

/** Tiny fictional articles with hand-made quantities and dates, for the figure and timeline tests. */
final class FigureFixtures {
    private final List<Article> articles = new ArrayList<>();
    private final Map<String, Annotations> annotations = new LinkedHashMap<>();

    /** One article under construction. */
    final class Doc {
        private final String id;
        private final String outlet;
        private final LocalDate published;
        private final String text;
        private final List<Quantity> quantities = new ArrayList<>();
        private final List<DateMention> dates = new ArrayList<>();
        private final List<org.parallax.model.Entity> entities = new ArrayList<>();

        private Doc(String id, String outlet, LocalDate published, String text) {
            this.id = id;
            this.outlet = outlet;
            this.published = published;
            this.text = text;
        }

        /** A count: {@code phrase} as it stands in the text, counting {@code what}. */
        Doc count(String phrase, double value, String what, boolean approximate) {
            int start = text.indexOf(phrase);
            quantities.add(new Quantity(value, phrase, what, "count", approximate, sentenceAt(start), start,
                    start + phrase.length()));
            return this;
        }

        /** A place the article names. */
        Doc place(String name) {
            entities.add(new org.parallax.model.Entity(name, "LOCATION", name, 1, List.of()));
            return this;
        }

        /** A date mention resolved to {@code value}. */
        Doc date(String phrase, String value) {
            int start = text.indexOf(phrase);
            dates.add(new DateMention(phrase, value, sentenceAt(start), start, start + phrase.length()));
            return this;
        }

        private String sentenceAt(int offset) {
            if (offset < 0) {
                throw new IllegalArgumentException("not in text");
            }
            for (Sentence s : Sentences.split(id, text)) {
                if (s.start() <= offset && offset < s.end()) {
                    return s.text();
                }
            }
            throw new IllegalStateException("no sentence");
        }

        /** Adds the article to the coverage. */
        FigureFixtures done() {
            articles.add(new Article(id, null, outlet, null, published, null, "en", text, List.of()));
            annotations.put(id, new Annotations(entities, List.of(), quantities, dates, List.of()));
            return FigureFixtures.this;
        }
    }

    Doc article(String id, String outlet, LocalDate published, String text) {
        return new Doc(id, outlet, published, text);
    }

    Coverage coverage() {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        List<String> ids = sorted.stream().map(Article::id).toList();
        return new Coverage(new Event("e1", null, ids, null, null), sorted, annotations);
    }
}
