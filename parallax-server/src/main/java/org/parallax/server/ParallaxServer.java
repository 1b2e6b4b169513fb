package org.parallax.server;

import java.util.Arrays;
import java.util.List;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import org.parallax.server.api.ApiProblem;
import org.parallax.server.api.ApiRoutes;
import org.parallax.server.api.ProblemErrorHandler;
import org.parallax.server.api.ProblemJson;
import org.parallax.server.api.SecurityHeaders;
import org.parallax.server.ui.WebUi;
import org.parallax.store.Workspace;

/**
 * The web application over a workspace: the REST API under {@code /api/v1}, {@code /health}, and the web UI
 * ({@link org.parallax.server.ui.WebUi}), in one Javalin server.
 *
 * <pre>{@code
 * try (Workspace ws = Workspace.open(dir, WorkspaceSettings.defaults());
 *      ParallaxServer server = ParallaxServer.start(ws, ServerSettings.defaults())) {
 *     server.join();
 * }
 * }</pre>
 */
public final class ParallaxServer implements AutoCloseable {
    private final Javalin app;
    private final List<String> apiRoutes;

    private ParallaxServer(Javalin app, List<String> apiRoutes) {
        this.app = app;
        this.apiRoutes = apiRoutes;
    }

    /** Starts serving {@code workspace}; returns once the server listens. */
    public static ParallaxServer start(Workspace workspace, ServerSettings settings) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            // the API reads bodies itself, with its own limit and message; Javalin's must not be the smaller one
            config.http.maxRequestSize = settings.maxBodyBytes() + 1;
            config.http.prefer405over404 = true;
            config.router.ignoreTrailingSlashes = true;
            config.jetty.defaultHost = settings.host();
            config.jetty.defaultPort = settings.port();
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
        });
        app.before(SecurityHeaders::apply);
        app.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, translate(ctx, e)));
        app.exception(Exception.class, (e, ctx) -> {
            // the operator gets the trace; the client gets a problem without one
            System.err.println("parallax serve: " + ctx.method() + " " + ctx.path() + " failed");
            e.printStackTrace();
            problem(ctx, new ApiProblem(500, "internal-error", "Internal server error",
                    "the server failed on this request (" + e.getClass().getSimpleName() + "). Try again; if it"
                            + " persists, report it with the server's log, which has the details"));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                problem(ctx, notFound(ctx));
            }
        });
        List<String> routes = ApiRoutes.register(app, workspace, settings);
        WebUi.register(app, workspace);
        app.start();
        return new ParallaxServer(app, routes);
    }

    /** The port the server listens on (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    /** The API routes this server answers, as {@code "METHOD /path"} (path parameters as {@code {name}}). */
    public List<String> apiRoutes() {
        return apiRoutes;
    }

    /** Blocks until the server stops (for a command that serves until it is interrupted). */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    /** Stops the server (the workspace stays open: its owner closes it). */
    @Override
    public void close() {
        app.stop();
    }

    private static void problem(Context ctx, ApiProblem p) {
        SecurityHeaders.apply(ctx);
        ProblemJson.write(ctx, p);
    }

    /** Javalin's own refusals (no such route, wrong method, body over its limit) as problems. */
    private static ApiProblem translate(Context ctx, HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> notFound(ctx);
            case 405 -> {
                String details = e.getDetails().getOrDefault("availableMethods",
                        e.getDetails().get("Available methods"));
                List<String> allowed = details == null ? List.of()
                        : Arrays.stream(details.split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList();
                if (!allowed.isEmpty()) {
                    ctx.header("Allow", String.join(", ", allowed));
                }
                yield new ApiProblem(405, "method-not-allowed", "Method not allowed",
                        ctx.method() + " is not allowed on " + ctx.path() + (allowed.isEmpty() ? "" : "; use "
                                + String.join(" or ", allowed)) + " (see " + ApiRoutes.BASE
                                + "/openapi.json for the methods each route takes)");
            }
            case 413 -> new ApiProblem(413, "body-too-large", "Request body too large",
                    "the request body is over the server's limit; split the batch into several requests");
            default -> new ApiProblem(e.getStatus(), "http-" + e.getStatus(), "HTTP " + e.getStatus(),
                    e.getMessage() == null || e.getMessage().isBlank() ? "the request was refused" : e.getMessage());
        };
    }

    private static ApiProblem notFound(Context ctx) {
        return new ApiProblem(404, "no-such-route", "No such route",
                "nothing is served at " + ctx.method() + " " + ctx.path() + "; the API is under " + ApiRoutes.BASE
                        + " and " + ApiRoutes.BASE + "/openapi.json lists its routes");
    }
}
