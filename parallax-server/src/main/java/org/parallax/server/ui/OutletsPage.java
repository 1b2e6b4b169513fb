package org.parallax.server.ui;

import java.util.List;

import org.parallax.render.Html;
import org.parallax.store.OutletSummary;

/** Every outlet: how many articles and events it has, and the sources its articles cite, most cited first. */
final class OutletsPage {
    /** Sources shown per outlet; the rest are counted, so a long tail does not swamp the table. */
    static final int SOURCES_SHOWN = 12;

    private OutletsPage() {
    }

    /** The page listing {@code outlets}. */
    static UiPage render(List<OutletSummary> outlets) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<h1>Outlets</h1>\n<p class=\"lede\">").append(EventListPage.plural(outlets.size(), "outlet"))
                .append(": their articles, their events and the sources they cite.</p>\n");
        if (outlets.isEmpty()) {
            b.append("<p class=\"empty\">No outlets yet: add articles to the workspace.</p>\n");
            return Layout.page("Outlets", Layout.Section.OUTLETS, b.toString());
        }
        // cards rather than a table: a row of chips per outlet does not fit a phone's width as a table cell
        b.append("<ol class=\"outlets\" id=\"outlets\">\n");
        for (OutletSummary o : outlets) {
            b.append("<li class=\"outlet-card\">\n<h2 dir=\"auto\"><a href=\"")
                    .append(Html.escape(Urls.outlet(o.outlet()))).append("\">").append(Html.escape(o.outlet()))
                    .append("</a></h2>\n<p class=\"meta\">").append(EventListPage.plural(o.articles(), "article"))
                    .append(" · ").append(EventListPage.plural(o.events(), "event")).append("</p>\n")
                    .append("<p class=\"cites-title\">Sources cited</p>\n");
            cites(b, o.cites());
            b.append("\n</li>\n");
        }
        b.append("</ol>\n");
        return Layout.page("Outlets", Layout.Section.OUTLETS, b.toString());
    }

    private static void cites(StringBuilder b, List<OutletSummary.Cited> cites) {
        if (cites.isEmpty()) {
            b.append("<p class=\"empty\">None found</p>");
            return;
        }
        b.append("<ul class=\"chips cited\">");
        for (OutletSummary.Cited c : cites.subList(0, Math.min(SOURCES_SHOWN, cites.size()))) {
            b.append("<li dir=\"auto\">").append(Html.escape(c.source())).append(" <span class=\"count\" title=\"")
                    .append(EventListPage.plural(c.articles(), "article")).append("\">").append(c.articles())
                    .append("</span></li>");
        }
        if (cites.size() > SOURCES_SHOWN) {
            b.append("<li class=\"more\">and ").append(cites.size() - SOURCES_SHOWN).append(" more</li>");
        }
        b.append("</ul>");
    }
}
