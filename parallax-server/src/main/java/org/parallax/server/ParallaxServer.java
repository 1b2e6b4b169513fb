package org.parallax.server;

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

    /** Starts serving {@code workspace}; returns once the server listens. */
    public static ParallaxServer start(Workspace workspace, ServerSettings settings) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The port the server listens on (useful when started on port 0). */
    public int port() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Stops the server (the workspace stays open: its owner closes it). */
    @Override
    public void close() {
    }
}
