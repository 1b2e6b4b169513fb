package org.parallax.server.ui;

import org.parallax.render.Html;

/** The page for an address that names nothing: says what was not found and where to go instead. */
final class NotFoundPage {
    private NotFoundPage() {
    }

    /** {@code what} (like "event") with id {@code id} does not exist; {@code id} may be null for a wrong address. */
    static UiPage render(String what, String id) {
        StringBuilder b = new StringBuilder(512);
        b.append("<h1>Not found</h1>\n<p class=\"lede\">");
        if (id == null) {
            b.append("There is no page at this address.");
        } else {
            b.append("There is no ").append(Html.escape(what)).append(" with the id <code>").append(Html.escape(id))
                    .append("</code> in this workspace.");
        }
        b.append("</p>\n<p><a href=\"/\">See all events</a> or <a href=\"/search\">search the articles</a>.</p>\n");
        return Layout.page("Not found", Layout.Section.NONE, b.toString());
    }
}
