package org.parallax.server.ui;

/**
 * The web UI's pages (server-rendered HTML, CSS, a little JavaScript from {@code /static}): the event list with
 * search and filters, the dossier page, the article page, the search page and the outlets page.
 */
public final class WebUi {
    private WebUi() {
    }
}
