package org.parallax.server.ui;

import io.javalin.Javalin;

import org.parallax.store.Workspace;

/**
 * The web UI's pages (server-rendered HTML, CSS, a little JavaScript from {@code /static}): the event list with
 * search and filters, the dossier page, the article page, the search page and the outlets page.
 */
public final class WebUi {
    private WebUi() {
    }

    /** Adds the UI's routes to {@code app} (placeholder until the UI lands: adds none). */
    public static void register(Javalin app, Workspace workspace) {
    }
}
