package org.parallax.server.ui;

import org.parallax.model.Analysis;
import org.parallax.model.Event;
import org.parallax.render.EventHtml;

/**
 * An event's page: the report's dossier and articles side by side ({@link EventHtml}), in the site's shell, with each
 * article's title linking to its own page. Every dossier item links to its sentence; CSS {@code :target} highlights
 * it, so this works without script.
 */
final class DossierPage {
    private DossierPage() {
    }

    /** The page of {@code analysis}'s one event. */
    static UiPage render(Analysis analysis) {
        Event event = analysis.events().get(0);
        EventHtml body = EventHtml.of(analysis, event, Urls::article);
        String title = event.title() == null || event.title().isBlank() ? "Untitled event" : event.title().strip();
        String main = "<p class=\"back\"><a href=\"/\">← All events</a></p>\n<div class=\"event-page\">\n"
                + body.html() + "</div>\n";
        return Layout.page(title, Layout.Section.NONE, main, body.style());
    }
}
