package org.parallax.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A small HTTP server on a loopback port, serving what each test registers, and remembering every request. */
final class TestServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();

    /** One request as the server saw it. */
    record Request(String path, Headers headers) {
    }

    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** The absolute URL of {@code path} on this server. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code path} with {@code handler}. */
    TestServer on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    /** Serves {@code path} with a fixed 200 body. */
    TestServer serve(String path, String contentType, byte[] body) {
        return on(path, ex -> send(ex, 200, contentType, body));
    }

    /** The paths requested so far, in order. */
    synchronized List<String> paths() {
        return requests.stream().map(Request::path).toList();
    }

    /** The requests so far, in order. */
    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private void dispatch(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        synchronized (this) {
            requests.add(new Request(path, ex.getRequestHeaders()));
        }
        Handler h = handlers.get(path);
        try {
            if (h == null) {
                send(ex, 404, "text/plain", "not found".getBytes());
            } else {
                h.handle(ex);
            }
        } catch (IOException e) {
            // The client went away (timeout, size cap): nothing to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
