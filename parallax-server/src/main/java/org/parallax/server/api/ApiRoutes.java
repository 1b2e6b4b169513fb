package org.parallax.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import org.parallax.Progress;
import org.parallax.ingest.IngestSettings;
import org.parallax.ingest.Ingestor;
import org.parallax.model.Analysis;
import org.parallax.model.Event;
import org.parallax.model.RawArticle;
import org.parallax.server.ServerSettings;
import org.parallax.store.AddResult;
import org.parallax.store.EventQuery;
import org.parallax.store.EventSummary;
import org.parallax.store.OutletSummary;
import org.parallax.store.Page;
import org.parallax.store.SearchHit;
import org.parallax.store.Workspace;

/**
 * The REST API under {@code /api/v1}, plus {@code /health}. Reads carry an {@link ETags ETag} and
 * {@code Cache-Control: no-cache} (clients may keep a copy but revalidate it, which costs a 304 and no body), and
 * their bodies are cached per write generation; every refusal is a {@link ApiProblem problem}.
 */
public final class ApiRoutes {
    /** Where the API lives. */
    public static final String BASE = "/api/v1";
    /** The OpenAPI document describing every route, as a class-path resource next to this class. */
    public static final String OPENAPI_RESOURCE = "openapi.json";

    private static final String JSON = "application/json";
    private static final int MAX_QUERY_CHARS = 500;

    private final Workspace workspace;
    /** Uploads that arrive together are written together. */
    private final GroupCommit writes;
    private final ServerSettings settings;
    private final WriteGuard guard;
    private final Ingestor ingestor;
    private final ResponseCache cache;
    private final byte[] openApi;
    private final List<String> routes = new ArrayList<>();
    /** One gate per read route, so expensive misses of one route never queue the misses of another. */
    private final Map<String, Semaphore> gates = new ConcurrentHashMap<>();

    private ApiRoutes(Workspace workspace, ServerSettings settings) {
        this.workspace = workspace;
        this.writes = new GroupCommit(workspace);
        this.settings = settings;
        this.guard = new WriteGuard(settings.token());
        this.cache = new ResponseCache(settings.cacheBytes());
        IngestSettings limits = IngestSettings.defaults();
        this.ingestor = new Ingestor(new IngestSettings(limits.maxFileBytes(), settings.maxArticleChars(),
                limits.maxLineChars()));
        this.openApi = openApiDocument();
    }

    /**
     * Adds the API's routes to {@code app}.
     *
     * @return the routes added, as {@code "METHOD /path"} with Javalin's {@code {param}} syntax, in order
     */
    public static List<String> register(Javalin app, Workspace workspace, ServerSettings settings) {
        ApiRoutes api = new ApiRoutes(workspace, settings);
        api.add(app, HandlerType.GET, "/health", api::health);
        api.add(app, HandlerType.GET, BASE + "/events", api::events);
        api.add(app, HandlerType.GET, BASE + "/events/{id}", api::event);
        api.add(app, HandlerType.GET, BASE + "/articles/{id}", api::article);
        api.add(app, HandlerType.POST, BASE + "/articles", api::postArticles);
        api.add(app, HandlerType.GET, BASE + "/search", api::search);
        api.add(app, HandlerType.GET, BASE + "/outlets", api::outlets);
        api.add(app, HandlerType.GET, BASE + "/openapi.json", api::openApi);
        return List.copyOf(api.routes);
    }

    /** The OpenAPI document's bytes. */
    public static byte[] openApiDocument() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build lost " + OPENAPI_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(Javalin app, HandlerType method, String path, Handler handler) {
        app.addHttpHandler(method, path, handler);
        if (method == HandlerType.GET) {
            // HEAD runs the GET handler (same status, ETag and headers); Jetty leaves the body out
            app.addHttpHandler(HandlerType.HEAD, path, handler);
        }
        routes.add(method.name() + " " + path);
    }

    private void health(Context ctx) {
        var stats = workspace.stats();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("articles", stats.articles());
        body.put("events", stats.events());
        body.put("generation", stats.generation());
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(JSON).result(ApiJson.bytes(body));
    }

    /** One row of the event list. */
    record EventRow(String id, String title, String start, String end, int articles, List<String> outlets,
                    String href) {
        static EventRow of(EventSummary e) {
            return new EventRow(e.id(), e.title(), day(e.start()), day(e.end()), e.articles(), e.outlets(),
                    BASE + "/events/" + PathSegment.encode(e.id()));
        }
    }

    /** A page of the event list with its links. */
    record EventList(long total, int page, int size, String next, String prev, List<EventRow> items) {
    }

    private void events(Context ctx) {
        int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
        int size = Params.integer(ctx, "size", 20, 1, 100);
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiProblem.badParameter("from", "from (" + from + ") is after to (" + to + "); swap them");
        }
        String q = query(Params.text(ctx, "q"));
        String outlet = Params.text(ctx, "outlet");
        EventQuery query = new EventQuery(q, from, to, outlet, page, size);
        read(ctx, () -> {
            Page<EventSummary> result = workspace.events(query);
            Map<String, List<String>> params = ctx.queryParamMap();
            String next = PageLinks.next(ctx.path(), params, page, size, result.total());
            String prev = PageLinks.prev(ctx.path(), params, page, size, result.total());
            return new ResponseCache.Body(ApiJson.bytes(new EventList(result.total(), page, size, next, prev,
                    result.items().stream().map(EventRow::of).toList())), linkHeader(next, prev));
        });
    }

    private void event(Context ctx) {
        String id = ctx.pathParam("id");
        read(ctx, () -> {
            Analysis analysis = workspace.event(id).orElseThrow(() -> ApiProblem.notFound("Event",
                    "there is no event '" + id + "' (event ids change when articles join an event); find it again"
                            + " with GET " + BASE + "/events?q=..."));
            Event event = analysis.events().stream().filter(e -> e.id().equals(id)).findFirst()
                    .orElse(analysis.events().get(0));
            return ResponseCache.Body.of(ApiJson.bytes(ContractJson.event(analysis, event)));
        });
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        read(ctx, () -> ResponseCache.Body.of(ApiJson.bytes(ContractJson.article(workspace.article(id)
                .orElseThrow(() -> ApiProblem.notFound("Article", "there is no article '" + id
                        + "'; find articles with GET " + BASE + "/search?q=..."))))));
    }

    /** The search results. */
    record SearchResult(String query, int limit, List<SearchHit> hits) {
    }

    private void search(Context ctx) {
        String q = query(Params.requiredText(ctx, "q", "election"));
        int limit = Params.integer(ctx, "limit", 20, 1, 100);
        read(ctx, () -> {
            List<SearchHit> hits;
            try {
                hits = workspace.search(q, limit);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badParameter("q", "the query cannot be searched (" + e.getMessage()
                        + "); search for plain words");
            }
            return ResponseCache.Body.of(ApiJson.bytes(new SearchResult(q, limit, hits)));
        });
    }

    /** The outlet list. */
    record OutletList(List<OutletSummary> outlets) {
    }

    private void outlets(Context ctx) {
        read(ctx, () -> ResponseCache.Body.of(ApiJson.bytes(new OutletList(workspace.outlets()))));
    }

    private void openApi(Context ctx) {
        String etag = ETags.of(0, "openapi", Integer.toHexString(Arrays.hashCode(openApi)));
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        if (ETags.matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(JSON).result(openApi);
    }

    /**
     * Answers a read: 304 when the client's copy is current, else the body (from the cache when this generation
     * already computed it). The generation is read before the body is computed, so a write racing the read can
     * only make the tag older than the body (the client refetches), never newer.
     */
    private void read(Context ctx, Supplier<ResponseCache.Body> body) {
        long generation = workspace.generation();
        String etag = ETags.of(generation, ctx.path(), ctx.queryString());
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        if (ETags.matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        String key = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        Semaphore gate = gates.computeIfAbsent(ctx.endpointHandlerPath(), p -> ResponseCache.gate());
        ResponseCache.Body cached = cache.get(generation, key, gate, body);
        if (cached.link() != null) {
            ctx.header("Link", cached.link());
        }
        ctx.contentType(JSON).result(cached.bytes());
    }

    /** The next and prev links again as an RFC 8288 Link header, for clients that page by headers. */
    private static String linkHeader(String next, String prev) {
        List<String> links = new ArrayList<>();
        if (next != null) {
            links.add("<" + next + ">; rel=\"next\"");
        }
        if (prev != null) {
            links.add("<" + prev + ">; rel=\"prev\"");
        }
        return links.isEmpty() ? null : String.join(", ", links);
    }

    /** A result of one uploaded record. */
    record ItemResult(int index, long line, String status, String articleId, String eventId, String message) {
    }

    /** The answer to an upload. */
    record UploadResult(int added, int duplicates, int errors, List<ItemResult> results, List<String> events) {
    }

    private void postArticles(Context ctx) throws IOException {
        guard.check(ctx.req().getRemoteAddr(), ctx.header("Authorization"), ctx.header("Origin"),
                ctx.header("Host"));
        ArticleBatch.Framing framing = ArticleBatch.framing(ctx.contentType());
        byte[] body = BodyReader.read(ctx.req(), settings.maxBodyBytes());
        List<ArticleBatch.Item> items = ArticleBatch.parse(body, framing, ingestor);
        List<RawArticle> accepted = items.stream().map(ArticleBatch.Item::article).filter(a -> a != null).toList();
        AddResult added = accepted.isEmpty() ? new AddResult(List.of(), List.of(), List.of())
                : writes.add(accepted);
        UploadResult result = UploadReport.of(items, added);
        ctx.header("Cache-Control", "no-store");
        if (result.added() + result.duplicates() == 0) {
            throw new ApiProblem(400, "no-articles-accepted", "No article accepted",
                    "none of the " + items.size() + " record(s) could be added; see results for each line's"
                            + " reason, fix those records and send them again")
                    .with("results", result.results());
        }
        if (result.errors() > 0) {
            ctx.status(207);
        } else if (result.added() > 0) {
            ctx.status(201);
            if (items.size() == 1) {
                ctx.header("Location", BASE + "/articles/" + PathSegment.encode(result.results().get(0).articleId()));
            }
        } else {
            ctx.status(200);
        }
        ctx.contentType(JSON).result(ApiJson.bytes(result));
    }

    /** A search text, refused when absurdly long. */
    private static String query(String q) {
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw ApiProblem.badParameter("q", "q is " + q.length() + " characters; search for at most "
                    + MAX_QUERY_CHARS);
        }
        return q;
    }

    private static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
