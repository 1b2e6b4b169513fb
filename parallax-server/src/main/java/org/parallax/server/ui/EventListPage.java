package org.parallax.server.ui;

import java.util.List;

import org.parallax.render.DisplayDates;
import org.parallax.render.Html;
import org.parallax.store.EventSummary;
import org.parallax.store.Page;

/**
 * The home page: the events, newest first, with a search box, a date range and an outlet filter (a plain GET
 * form, so it works without JavaScript), one row per event and links to the previous and next pages.
 */
final class EventListPage {
    private EventListPage() {
    }

    /** The page showing {@code events} found with {@code filter}; {@code outlets} fill the outlet choice. */
    static UiPage render(EventFilter filter, Page<EventSummary> events, List<String> outlets) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<h1>Events</h1>\n<p class=\"lede\">").append(Html.escape(summary(filter, events))).append("</p>\n");
        form(b, filter, outlets);
        for (String note : filter.notes()) {
            b.append("<p class=\"notice\" role=\"status\">").append(Html.escape(note)).append("</p>\n");
        }
        if (events.items().isEmpty()) {
            b.append("<p class=\"empty\">").append(filter.filtered() || events.page() > 1
                    ? "No event matches these filters." : "No events yet: add articles to the workspace.")
                    .append("</p>\n");
        } else {
            b.append("<ol class=\"events\" id=\"events\">\n");
            events.items().forEach(e -> row(b, e));
            b.append("</ol>\n");
        }
        pager(b, filter, events);
        return Layout.page("Events", Layout.Section.EVENTS, b.toString());
    }

    private static String summary(EventFilter filter, Page<EventSummary> events) {
        String n = plural(events.total(), "event");
        return filter.filtered() ? n + " match the filters" : n + ", newest first";
    }

    private static void form(StringBuilder b, EventFilter f, List<String> outlets) {
        b.append("<form class=\"filters\" method=\"get\" action=\"/\" role=\"search\">\n")
                .append("<label class=\"grow\">Search<input type=\"search\" name=\"q\" value=\"")
                .append(Html.escape(f.text())).append("\" placeholder=\"Words in the articles\"></label>\n")
                .append("<label>From<input type=\"date\" name=\"from\" value=\"")
                .append(f.from() == null ? "" : f.from().toString()).append("\"></label>\n")
                .append("<label>To<input type=\"date\" name=\"to\" value=\"")
                .append(f.to() == null ? "" : f.to().toString()).append("\"></label>\n")
                .append("<label>Outlet<select name=\"outlet\"><option value=\"\">All outlets</option>");
        boolean listed = false;
        for (String o : outlets) {
            boolean selected = o.equals(f.outlet());
            listed |= selected;
            option(b, o, selected);
        }
        if (f.outlet() != null && !listed) {
            option(b, f.outlet(), true); // keep the visitor's choice visible even when no article has that outlet
        }
        b.append("</select></label>\n<div class=\"buttons\"><button type=\"submit\">Show</button>");
        if (f.filtered()) {
            b.append(" <a class=\"clear\" href=\"/\">Clear</a>");
        }
        b.append("</div>\n</form>\n");
    }

    private static void option(StringBuilder b, String outlet, boolean selected) {
        b.append("<option value=\"").append(Html.escape(outlet)).append('"').append(selected ? " selected" : "")
                .append('>').append(Html.escape(outlet)).append("</option>");
    }

    private static void row(StringBuilder b, EventSummary e) {
        String title = e.title() == null || e.title().isBlank() ? "Untitled event" : e.title().strip();
        b.append("<li class=\"event\">\n<h2 dir=\"auto\"><a href=\"").append(Html.escape(Urls.event(e.id())))
                .append("\">").append(Html.escape(title)).append("</a></h2>\n<p class=\"meta\">");
        String dates = DisplayDates.range(e.start(), e.end());
        if (e.start() != null || e.end() != null) {
            b.append("<time datetime=\"").append(e.start() != null ? e.start() : e.end()).append("\">")
                    .append(Html.escape(dates)).append("</time>");
        } else {
            b.append("Date unknown");
        }
        b.append(" · ").append(Html.escape(plural(e.articles(), "article"))).append(" · ")
                .append(Html.escape(plural(e.outlets().size(), "outlet"))).append("</p>\n");
        if (!e.outlets().isEmpty()) {
            b.append("<ul class=\"chips\" aria-label=\"Outlets\">");
            for (String o : e.outlets()) {
                b.append("<li>").append(Html.escape(o)).append("</li>");
            }
            b.append("</ul>\n");
        }
        b.append("</li>\n");
    }

    private static void pager(StringBuilder b, EventFilter f, Page<EventSummary> events) {
        if (events.page() == 1 && !events.hasNext()) {
            return;
        }
        long pages = Math.max(1, (events.total() + events.size() - 1) / events.size());
        b.append("<nav class=\"pager\" aria-label=\"Pages\">");
        if (events.page() > 1) {
            b.append("<a rel=\"prev\" href=\"").append(Html.escape(f.pageUrl(events.page() - 1)))
                    .append("\">← Newer</a>");
        }
        b.append("<span>Page ").append(events.page()).append(" of ").append(pages).append("</span>");
        if (events.hasNext()) {
            b.append("<a rel=\"next\" href=\"").append(Html.escape(f.pageUrl(events.page() + 1)))
                    .append("\">Older →</a>");
        }
        b.append("</nav>\n");
    }

    /** {@code "1 event"}, {@code "3 events"}. */
    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
