package org.parallax.server.ui;

import java.util.List;

import org.parallax.render.Html;
import org.parallax.store.SearchHit;

/**
 * Full-text search over articles and quotes. Snippets arrive as plain-text fragments; each is escaped here and the
 * ones matching the query are wrapped in {@code <mark>}, so no article text is ever taken as markup.
 */
final class SearchPage {
    /** Results shown. */
    static final int LIMIT = 50;

    private SearchPage() {
    }

    /** The page for query {@code q} (null or blank: just the form) with its {@code hits}. */
    static UiPage render(String q, List<SearchHit> hits) {
        StringBuilder b = new StringBuilder(8192);
        boolean asked = q != null && !q.isBlank();
        b.append("<h1>Search</h1>\n<form class=\"filters\" method=\"get\" action=\"/search\" role=\"search\">\n")
                .append("<label class=\"grow\">Words, names or a quoted phrase<input type=\"search\" name=\"q\" ")
                .append("value=\"").append(Html.escape(asked ? q.strip() : "")).append("\" required></label>\n")
                .append("<div class=\"buttons\"><button type=\"submit\">Search</button></div>\n</form>\n");
        if (asked) {
            b.append("<p class=\"lede\">");
            if (hits.isEmpty()) {
                b.append("No article or quote matches <q>").append(Html.escape(q.strip())).append("</q>.");
            } else {
                b.append(Html.escape(EventListPage.plural(hits.size(), "result"))).append(" for <q>")
                        .append(Html.escape(q.strip())).append("</q>, best first.");
            }
            b.append("</p>\n");
        }
        if (!hits.isEmpty()) {
            b.append("<ol class=\"hits\" id=\"hits\">\n");
            hits.forEach(h -> hit(b, h));
            b.append("</ol>\n");
        }
        return Layout.page(asked ? q.strip() + " · Search" : "Search", Layout.Section.SEARCH, b.toString());
    }

    private static void hit(StringBuilder b, SearchHit h) {
        boolean quote = "quote".equals(h.kind());
        String title = h.title() == null || h.title().isBlank() ? "Untitled article" : h.title().strip();
        b.append("<li class=\"hit ").append(quote ? "hit-quote" : "hit-article").append("\">\n<p class=\"meta\">")
                .append("<span class=\"kind\">").append(quote ? "Quote" : "Article").append("</span> ")
                .append("<span dir=\"auto\">").append(Html.escape(h.outlet())).append("</span>");
        if (quote && h.speaker() != null && !h.speaker().isBlank()) {
            b.append(" · <span class=\"speaker-name\" dir=\"auto\">").append(Html.escape(h.speaker()))
                    .append("</span>");
        }
        b.append("</p>\n<h2 dir=\"auto\"><a href=\"").append(Html.escape(Urls.article(h.articleId()))).append("\">")
                .append(Html.escape(title)).append("</a></h2>\n<p class=\"snippet")
                .append(quote ? " quote" : "").append("\" dir=\"auto\">");
        snippet(b, h.snippet());
        b.append("</p>\n");
        if (h.eventId() != null) {
            b.append("<p class=\"in\"><a href=\"").append(Html.escape(Urls.event(h.eventId())))
                    .append("\">See the event and how other outlets cover it</a></p>\n");
        }
        b.append("</li>\n");
    }

    /** The fragments, escaped, the matching ones marked. */
    static void snippet(StringBuilder b, List<SearchHit.Fragment> fragments) {
        for (SearchHit.Fragment f : fragments) {
            if (f.match()) {
                b.append("<mark>").append(Html.escape(f.text())).append("</mark>");
            } else {
                b.append(Html.escape(f.text()));
            }
        }
    }
}
