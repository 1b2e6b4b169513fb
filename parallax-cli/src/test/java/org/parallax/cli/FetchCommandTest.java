package org.parallax.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

class FetchCommandTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        switch (path) {
            case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
            case "/rss" -> {
                if ("\"r1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    send(ex, 304, null, "");
                } else {
                    ex.getResponseHeaders().set("ETag", "\"r1\"");
                    send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                            + "<title>Valley Post</title><link>" + url("/") + "</link><description>d</description>"
                            + "<item><title>Dam</title><link>" + url("/news/dam") + "</link></item>"
                            + "<item><title>Secret</title><link>" + url("/private/memo") + "</link></item>"
                            + "</channel></rss>");
                }
            }
            case "/news/dam" -> send(ex, 200, "text/html; charset=utf-8", page("Dam inspection finds cracks",
                    "Inspectors found three cracks in the Valley dam on Monday and ordered repairs before winter."));
            case "/news/bridge" -> send(ex, 200, "text/html; charset=utf-8", page("Bridge closes for repairs",
                    "The old bridge over the Valley river closed on Tuesday for six weeks of repairs."));
            default -> send(ex, 404, "text/plain", "not found");
        }
        ex.close();
    }

    private static String page(String title, String text) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title></head><body><article><h1>"
                + title + "</h1><p>" + text + "</p><p>Officials said the work would be paid for by the region.</p>"
                + "</article></body></html>";
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(UTF_8);
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void fetchAddsPagesOnceAndReportsTheRest() {
        String data = dir.resolve("ws").toString();

        CliRun first = CliRun.of("fetch", url("/news/bridge"), url("/private/x"), url("/gone"), "--data", data,
                "--delay", "0s", "--no-annotate");
        CliRun second = CliRun.of("fetch", url("/news/bridge"), "--data", data, "--delay", "0s", "--no-annotate");

        assertEquals(3, first.status(), first.err());
        assertEquals(List.of("fetched " + url("/news/bridge") + " (Bridge closes for repairs)",
                "skipped " + url("/private/x") + ": disallowed by robots.txt",
                "skipped " + url("/gone") + ": HTTP status 404"), first.err().lines().toList());
        assertEquals(List.of("1 page(s) fetched, 0 already fetched, 2 skipped",
                "  1 x HTTP status 404", "  1 x disallowed by robots.txt",
                "1 added, 0 duplicates, 0 rejected",
                "Workspace: " + Path.of(data).toAbsolutePath().normalize() + " (1 articles, 1 events)"),
                first.out().lines().toList());
        assertEquals(0, second.status(), second.err());
        assertEquals(List.of("skipped " + url("/news/bridge") + ": already fetched"), second.err().lines().toList());
        assertEquals("0 page(s) fetched, 1 already fetched, 0 skipped", second.out().lines().findFirst().orElse(""));
    }

    @Test
    void watchOncePollsFeedsFromAListAndGetsNotModifiedTheSecondTime() throws IOException {
        String data = dir.resolve("ws").toString();
        Path feeds = dir.resolve("feeds.txt");
        Files.writeString(feeds, "# local\n" + url("/rss") + "\n");

        CliRun first = CliRun.of("watch", feeds.toString(), "--once", "--data", data, "--delay", "0s",
                "--no-annotate");
        CliRun second = CliRun.of("watch", feeds.toString(), "--once", "--data", data, "--delay", "0s",
                "--no-annotate");

        assertEquals(List.of("feed " + url("/rss") + ": 2 items, 2 new",
                "fetched " + url("/news/dam") + " (Dam inspection finds cracks)",
                "skipped " + url("/private/memo") + ": disallowed by robots.txt"), first.err().lines().toList());
        assertEquals("1 added, 0 duplicates, 0 rejected", first.out().lines().toList().get(3));
        assertEquals(List.of("feed " + url("/rss") + ": not modified"), second.err().lines().toList());
        assertEquals(0, second.status());
        assertEquals(List.of("1 feed poll(s), 1 not modified", "0 page(s) fetched, 0 already fetched, 0 skipped",
                "0 added, 0 duplicates, 0 rejected",
                "Workspace: " + Path.of(data).toAbsolutePath().normalize() + " (1 articles, 1 events)"),
                second.out().lines().toList());
    }

    @Test
    void watchWithoutAnyFeedIsAUsageError() {
        CliRun run = CliRun.of("watch", dir.resolve("none.txt").toString(), "--once", "--data",
                dir.resolve("ws").toString());

        assertEquals(2, run.status());
        assertEquals(true, run.err().contains("no feed URLs found in"), run.err());
    }
}
