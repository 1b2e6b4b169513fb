package org.parallax.server.ui;

import java.util.List;
import java.util.Optional;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

import org.parallax.model.Analysis;
import org.parallax.store.OutletSummary;
import org.parallax.store.StoredArticle;
import org.parallax.store.Workspace;

/**
 * The web UI's pages (server-rendered HTML, CSS, a little JavaScript from {@code /static}): the event list with
 * search and filters ({@code /}), the dossier page ({@code /events/{id}}), the article page ({@code /articles/{id}}),
 * the search page ({@code /search?q=}) and the outlets page ({@code /outlets}), and a 404 page for what does not
 * exist. Every page works without script, and every response carries a strict Content-Security-Policy: scripts and
 * styles only from {@code /static}, no inline event handlers, no framing.
 *
 * <p>Pages are pure functions of the workspace's records (see the page classes); this class only reads the request,
 * asks the workspace and sends the result. A page's ETag is the workspace generation, which changes with every write.
 */
public final class WebUi {
    /** The longest search query taken; a longer one is cut (the index gains nothing from a page of words). */
    static final int MAX_QUERY_CHARS = 500;
    private static final String UI_PAGE = "parallax.ui.page";

    private final Workspace workspace;
    private final StaticFiles files = StaticFiles.load();

    private WebUi(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Adds the web UI's routes to {@code app}, serving {@code workspace}. */
    public static void register(Javalin app, Workspace workspace) {
        WebUi ui = new WebUi(workspace);
        page(app, "/", ui::eventList);
        page(app, "/events/{id}", ui::event);
        page(app, "/articles/{id}", ui::article);
        page(app, "/search", ui::search);
        page(app, "/outlets", ui::outlets);
        page(app, "/static/{file}", ui::staticFile);
        // a browser asking for an address nobody serves gets a page, not a bare "Not found"; the API keeps its own
        app.error(404, "html", ctx -> {
            if (ctx.attribute(UI_PAGE) == null && !ctx.path().startsWith("/api/")) {
                send(ctx, HttpStatus.NOT_FOUND, NotFoundPage.render("page", null));
            }
        });
    }

    /** A GET route, and HEAD on it as the API has (the same handler; Jetty leaves the body out). */
    private static void page(Javalin app, String path, Handler handler) {
        app.get(path, handler);
        app.head(path, handler);
    }

    private void eventList(Context ctx) {
        if (notModified(ctx)) {
            return;
        }
        EventFilter filter = EventFilter.parse(ctx::queryParam);
        List<String> outlets = workspace.outlets().stream().map(OutletSummary::outlet).toList();
        send(ctx, HttpStatus.OK, EventListPage.render(filter, workspace.events(filter.query()), outlets));
    }

    private void event(Context ctx) {
        if (notModified(ctx)) {
            return;
        }
        String id = ctx.pathParam("id");
        Optional<Analysis> event = workspace.event(id);
        if (event.isEmpty() || event.get().events().isEmpty()) {
            send(ctx, HttpStatus.NOT_FOUND, NotFoundPage.render("event", id));
            return;
        }
        send(ctx, HttpStatus.OK, DossierPage.render(event.get()));
    }

    private void article(Context ctx) {
        if (notModified(ctx)) {
            return;
        }
        String id = ctx.pathParam("id");
        Optional<StoredArticle> article = workspace.article(id);
        if (article.isEmpty()) {
            send(ctx, HttpStatus.NOT_FOUND, NotFoundPage.render("article", id));
            return;
        }
        String eventId = article.get().eventId();
        String eventTitle = eventId == null ? null : workspace.event(eventId)
                .filter(a -> !a.events().isEmpty()).map(a -> a.events().get(0).title()).orElse(null);
        send(ctx, HttpStatus.OK, ArticlePage.render(article.get(), eventTitle));
    }

    private void search(Context ctx) {
        if (notModified(ctx)) {
            return;
        }
        String q = ctx.queryParam("q");
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            q = q.substring(0, MAX_QUERY_CHARS);
        }
        boolean asked = q != null && !q.isBlank();
        send(ctx, HttpStatus.OK, SearchPage.render(q, asked ? workspace.search(q.strip(), SearchPage.LIMIT)
                : List.of()));
    }

    private void outlets(Context ctx) {
        if (notModified(ctx)) {
            return;
        }
        send(ctx, HttpStatus.OK, OutletsPage.render(workspace.outlets()));
    }

    private void staticFile(Context ctx) {
        ctx.attribute(UI_PAGE, Boolean.TRUE);
        Optional<StaticFiles.StaticFile> file = files.get(ctx.pathParam("file"));
        if (file.isEmpty()) {
            send(ctx, HttpStatus.NOT_FOUND, NotFoundPage.render("page", null));
            return;
        }
        StaticFiles.StaticFile f = file.get();
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.header("ETag", f.etag());
        if (f.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(f.contentType()).result(f.bytes());
    }

    /**
     * Answers 304 when the browser's copy is of the current workspace generation: pages change only with writes.
     * Also marks the request as the UI's, so the 404 page handler leaves its answer alone.
     */
    private boolean notModified(Context ctx) {
        ctx.attribute(UI_PAGE, Boolean.TRUE);
        String etag = "W/\"ui-" + files.version() + "-" + workspace.generation() + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return true;
        }
        return false;
    }

    private static void send(Context ctx, HttpStatus status, UiPage page) {
        ctx.header("Content-Security-Policy", page.contentSecurityPolicy());
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.status(status).contentType("text/html; charset=utf-8").result(page.html());
    }
}
