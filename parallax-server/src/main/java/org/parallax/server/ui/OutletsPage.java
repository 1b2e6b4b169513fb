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
        b.append("<div class=\"scroll panel\"><table class=\"outlets\">\n<thead><tr><th>Outlet</th>")
                .append("<th class=\"n\">Articles</th><th class=\"n\">Events</th><th>Sources cited (articles)</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (OutletSummary o : outlets) {
            b.append("<tr><th scope=\"row\" dir=\"auto\"><a href=\"").append(Html.escape(Urls.outlet(o.outlet())))
                    .append("\">").append(Html.escape(o.outlet())).append("</a></th><td class=\"n\">")
                    .append(o.articles()).append("</td><td class=\"n\">").append(o.events()).append("</td><td>");
            cites(b, o.cites());
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table></div>\n");
        return Layout.page("Outlets", Layout.Section.OUTLETS, b.toString());
    }

    private static void cites(StringBuilder b, List<OutletSummary.Cited> cites) {
        if (cites.isEmpty()) {
            b.append("<span class=\"empty\">None found</span>");
            return;
        }
        b.append("<ul class=\"chips cited\">");
        for (OutletSummary.Cited c : cites.subList(0, Math.min(SOURCES_SHOWN, cites.size()))) {
            b.append("<li dir=\"auto\">").append(Html.escape(c.source())).append(" <span class=\"count\">")
                    .append(c.articles()).append("</span></li>");
        }
        if (cites.size() > SOURCES_SHOWN) {
            b.append("<li class=\"more\">and ").append(cites.size() - SOURCES_SHOWN).append(" more</li>");
        }
        b.append("</ul>");
    }
}
