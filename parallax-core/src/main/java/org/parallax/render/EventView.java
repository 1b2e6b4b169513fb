package org.parallax.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Dossier;
import org.parallax.model.Event;

/**
 * An event as the reports show it: with its articles resolved and ordered, and the outlets that covered it. Both the
 * HTML and the Markdown report use these, so they list the same things in the same order.
 *
 * @param event    the event
 * @param articles its articles, earliest first (undated last), then by outlet and id; ids not found are left out
 * @param outlets  the distinct outlets of those articles, alphabetically
 * @param dossier  the event's cross-source comparison ({@link Dossier#EMPTY} when there is none)
 */
record EventView(Event event, List<Article> articles, List<String> outlets, Dossier dossier) {

    /** Earliest first, so a reader sees who reported first; undated articles go last. */
    private static final Comparator<Article> READING_ORDER = Comparator
            .comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::outlet)
            .thenComparing(Article::id);

    /** Newest first by end date (or start date); undated last; otherwise in the analysis' order. */
    private static final Comparator<EventView> NEWEST_FIRST = Comparator.comparing(
            EventView::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));

    EventView {
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
    }

    /** The events of {@code analysis}, newest first. */
    static List<EventView> newestFirst(Analysis analysis) {
        Map<String, Article> byId = new HashMap<>();
        for (Article a : analysis.articles()) {
            byId.putIfAbsent(a.id(), a);
        }
        List<EventView> views = new ArrayList<>();
        for (Event e : analysis.events()) {
            views.add(of(e, byId, analysis.dossierOf(e.id())));
        }
        views.sort(NEWEST_FIRST); // stable: equal dates keep the clusterer's order
        return views;
    }

    /** The distinct outlets of all articles in {@code analysis}. */
    static int outletCount(Analysis analysis) {
        return (int) analysis.articles().stream().map(Article::outlet).distinct().count();
    }

    private static EventView of(Event event, Map<String, Article> byId, Dossier dossier) {
        List<Article> articles = new ArrayList<>();
        for (String id : event.articleIds()) {
            Article a = byId.get(id);
            if (a != null) {
                articles.add(a);
            }
        }
        articles.sort(READING_ORDER);
        TreeSet<String> outlets = new TreeSet<>(
                String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        articles.forEach(a -> outlets.add(a.outlet()));
        return new EventView(event, articles, new ArrayList<>(outlets), dossier);
    }

    /** The date the event is sorted by: its end, or its start when the end is unknown. */
    LocalDate date() {
        return event.end() != null ? event.end() : event.start();
    }

    /** The event's title, or a stand-in when the clusterer found none. */
    String title() {
        String t = event.title();
        return t == null || t.isBlank() ? "Untitled event" : t.strip();
    }

    /** {@code 14–15 Mar 2031}, or {@code "Date unknown"}. */
    String dates() {
        String range = DisplayDates.range(event.start(), event.end());
        return range == null ? "Date unknown" : range;
    }

    /** {@code "1 article"}, {@code "3 articles"}. */
    String articleCount() {
        return plural(articles.size(), "article");
    }

    /** {@code n} and the noun, in the singular or plural. */
    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
