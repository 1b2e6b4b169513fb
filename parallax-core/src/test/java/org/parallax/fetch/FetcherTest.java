package org.parallax.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherTest {
    private static final String PAGE = "<html><head><title>Tide tables</title></head><body><p>High water at noon."
            + "</p></body></html>";

    private final TestServer server = startServer();
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private final Sleeper recording = sleeps::add;

    private static TestServer startServer() {
        try {
            return new TestServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Quick settings: no per-host delay, short timeouts, 100 ms backoff base. */
    static FetchSettings quick() {
        return FetchSettings.defaults("9.9")
                .withHostDelay(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withRetries(3, Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    private Fetcher fetcher(FetchSettings settings) {
        return new Fetcher(settings, recording);
    }

    @Test
    void fetchesAPageWithAClearUserAgentAndUndoesGzip() throws IOException {
        server.on("/tides", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            TestServer.send(ex, 200, "text/html; charset=\"utf-8\"", gzip(PAGE.getBytes(UTF_8)));
        });

        FetchResult r = fetcher(quick()).fetch(server.url("/tides"), ContentKind.PAGE, Validators.NONE);

        assertEquals(FetchResult.Outcome.FETCHED, r.outcome(), r.reason());
        assertArrayEquals(PAGE.getBytes(UTF_8), r.body());
        assertEquals("text/html", r.mediaType());
        assertEquals("utf-8", r.charset());
        assertEquals(new Validators("\"v1\"", null), r.validators());
        // robots.txt is asked first (404 here: everything allowed), then the page.
        assertEquals(List.of("/robots.txt", "/tides"), server.paths());
        TestServer.Request page = server.requests().get(1);
        assertEquals("Parallax/9.9 (+https://github.com/parallax-news/parallax)",
                page.headers().getFirst("User-Agent"));
        assertEquals("gzip, deflate", page.headers().getFirst("Accept-Encoding"));
    }

    @Test
    void undoesDeflateWhetherZlibWrappedOrRaw() {
        byte[] page = PAGE.getBytes(UTF_8);
        server.on("/zlib", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "deflate");
            TestServer.send(ex, 200, "text/html", deflate(page, false));
        });
        server.on("/raw", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "deflate");
            TestServer.send(ex, 200, "text/html", deflate(page, true));
        });
        server.on("/br", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "br");
            TestServer.send(ex, 200, "text/html", page);
        });

        Fetcher fetcher = fetcher(quick());

        assertArrayEquals(page, fetcher.fetch(server.url("/zlib"), ContentKind.PAGE, Validators.NONE).body());
        assertArrayEquals(page, fetcher.fetch(server.url("/raw"), ContentKind.PAGE, Validators.NONE).body());
        assertEquals("body could not be decoded: unsupported content encoding br",
                fetcher.fetch(server.url("/br"), ContentKind.PAGE, Validators.NONE).reason());
    }

    @Test
    void aSlowHostTimesOut() {
        server.on("/slow", ex -> {
            Thread.sleep(6_000);
            TestServer.send(ex, 200, "text/html", PAGE.getBytes(UTF_8));
        });
        server.serve("/fast", "text/html", PAGE.getBytes(UTF_8));
        Fetcher fetcher = fetcher(quick().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(1500)));
        // Warm up (robots.txt, connection, class loading), so only the slow page can be slow.
        assertTrue(fetcher.fetch(server.url("/fast"), ContentKind.PAGE, Validators.NONE).fetched());

        long start = System.nanoTime();
        FetchResult r = fetcher.fetch(server.url("/slow"), ContentKind.PAGE, Validators.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(FetchResult.Outcome.FAILED, r.outcome());
        assertTrue(r.reason().startsWith("timed out: no "), r.reason());
        assertTrue(r.reason().endsWith("within 1500 ms"), r.reason());
        assertTrue(millis < 4_500, "gave up after " + millis + " ms");
        assertEquals(server.url("/slow") + ": skipped: " + r.reason(), r.problem().toString());
    }

    @Test
    void a429IsRetriedAfterTheWaitTheServerAsksFor() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/busy", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "2");
                TestServer.send(ex, 429, "text/plain", "slow down".getBytes(UTF_8));
            } else {
                TestServer.send(ex, 200, "text/html", PAGE.getBytes(UTF_8));
            }
        });

        FetchResult r = fetcher(quick()).fetch(server.url("/busy"), ContentKind.PAGE, Validators.NONE);

        assertEquals(FetchResult.Outcome.FETCHED, r.outcome(), r.reason());
        assertEquals(List.of("/robots.txt", "/busy", "/busy"), server.paths());
        assertEquals(List.of(Duration.ofSeconds(2)), sleeps);
    }

    @Test
    void a503IsRetriedWithGrowingJitteredBackoffThenGivenUp() {
        server.on("/down", ex -> TestServer.send(ex, 503, "text/plain", "down".getBytes(UTF_8)));

        FetchResult r = fetcher(quick()).fetch(server.url("/down"), ContentKind.PAGE, Validators.NONE);

        assertEquals("HTTP status 503 after 3 attempts", r.reason());
        assertEquals(503, r.status());
        assertEquals(2, sleeps.size());
        // Between half and all of 100 ms, then of 200 ms.
        assertTrue(sleeps.get(0).toMillis() >= 50 && sleeps.get(0).toMillis() <= 100, sleeps::toString);
        assertTrue(sleeps.get(1).toMillis() >= 100 && sleeps.get(1).toMillis() <= 200, sleeps::toString);
        // The jitter comes from the seed: a second fetcher waits exactly as long.
        List<Duration> first = List.copyOf(sleeps);
        sleeps.clear();
        fetcher(quick()).fetch(server.url("/down"), ContentKind.PAGE, Validators.NONE);
        assertEquals(first, sleeps);
    }

    @Test
    void aRetryAfterLongerThanWeWaitGivesUp() {
        server.on("/later", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            TestServer.send(ex, 503, "text/plain", new byte[0]);
        });

        FetchResult r = fetcher(quick()).fetch(server.url("/later"), ContentKind.PAGE, Validators.NONE);

        assertEquals("HTTP status 503; the server asks to retry after 3600, longer than the 5 s we wait", r.reason());
        assertEquals(List.of(), sleeps);
    }

    @Test
    void redirectsAreFollowedAndALoopIsCaught() {
        server.on("/old", ex -> redirect(ex, "/new"));
        server.serve("/new", "text/html", PAGE.getBytes(UTF_8));
        server.on("/a", ex -> redirect(ex, server.url("/b")));
        server.on("/b", ex -> redirect(ex, "/a"));

        Fetcher fetcher = fetcher(quick());
        FetchResult moved = fetcher.fetch(server.url("/old"), ContentKind.PAGE, Validators.NONE);
        FetchResult loop = fetcher.fetch(server.url("/a"), ContentKind.PAGE, Validators.NONE);

        assertEquals(server.url("/new"), moved.finalUrl());
        assertTrue(moved.fetched());
        assertEquals("redirect loop: " + server.url("/a") + " -> " + server.url("/b") + " -> " + server.url("/a"),
                loop.reason());
    }

    @Test
    void redirectsAreCapped() {
        for (int i = 0; i < 10; i++) {
            int next = i + 1;
            server.on("/hop" + i, ex -> redirect(ex, "/hop" + next));
        }

        FetchResult r = fetcher(quick()).fetch(server.url("/hop0"), ContentKind.PAGE, Validators.NONE);

        assertEquals("more than 5 redirects", r.reason());
        assertEquals(server.url("/hop5"), r.finalUrl());
    }

    @Test
    void aTwentyMegabytePageIsCutOffAtTheLimit() {
        server.on("/huge", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 20L << 20);
            byte[] chunk = "<p>word word word word word word word.</p>\n".repeat(1_000).getBytes(UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                for (long sent = 0; sent < 20L << 20; sent += chunk.length) {
                    int n = (int) Math.min(chunk.length, (20L << 20) - sent);
                    out.write(chunk, 0, n);
                }
            }
        });

        FetchResult r = fetcher(quick().withMaxBytes(1 << 20)).fetch(server.url("/huge"), ContentKind.PAGE,
                Validators.NONE);

        assertEquals("response is larger than the limit of 1048576 bytes; stopped reading", r.reason());
        assertEquals(0, r.body().length);
    }

    @Test
    void aGzipBombIsCutOffWhenDecoded() throws IOException {
        byte[] bomb = gzip(new byte[4 << 20]);
        server.on("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", bomb);
        });

        FetchResult r = fetcher(quick().withMaxBytes(1 << 20)).fetch(server.url("/bomb"), ContentKind.PAGE,
                Validators.NONE);

        assertTrue(bomb.length < 1 << 20);
        assertEquals("response decoded body is larger than 1048576 bytes; stopped reading", r.reason());
    }

    @Test
    void theContentTypeIsChecked() {
        server.serve("/report.pdf", "application/pdf", "%PDF-1.7".getBytes(UTF_8));
        server.serve("/feed", "text/html", PAGE.getBytes(UTF_8));

        Fetcher fetcher = fetcher(quick());
        FetchResult pdf = fetcher.fetch(server.url("/report.pdf"), ContentKind.PAGE, Validators.NONE);
        FetchResult feed = fetcher.fetch(server.url("/feed"), ContentKind.FEED, Validators.NONE);

        assertEquals("content type application/pdf is not what a page should be", pdf.reason());
        assertEquals("content type text/html is not what a feed should be", feed.reason());
    }

    @Test
    void robotsTxtIsHonouredAndAskedOncePerSite() {
        server.serve("/robots.txt", "text/plain", """
                User-agent: *
                Disallow: /private/

                User-agent: parallax
                Disallow: /members/
                """.getBytes(UTF_8));
        server.serve("/members/list", "text/html", PAGE.getBytes(UTF_8));
        server.serve("/private/x", "text/html", PAGE.getBytes(UTF_8));
        server.serve("/public", "text/html", PAGE.getBytes(UTF_8));

        Fetcher fetcher = fetcher(quick());
        FetchResult members = fetcher.fetch(server.url("/members/list"), ContentKind.PAGE, Validators.NONE);
        FetchResult open = fetcher.fetch(server.url("/public"), ContentKind.PAGE, Validators.NONE);
        // Our own group replaces the * group, as robots.txt rules say: /private/ is not closed to us.
        FetchResult privateOk = fetcher.fetch(server.url("/private/x"), ContentKind.PAGE, Validators.NONE);

        assertEquals("disallowed by robots.txt", members.reason());
        assertTrue(open.fetched());
        assertTrue(privateOk.fetched());
        assertEquals(List.of("/robots.txt", "/public", "/private/x"), server.paths());
    }

    @Test
    void theCrawlDelayAndThePerHostDelaySpaceRequests() {
        server.serve("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n".getBytes(UTF_8));
        server.serve("/one", "text/html", PAGE.getBytes(UTF_8));
        server.serve("/two", "text/html", PAGE.getBytes(UTF_8));

        Fetcher fetcher = fetcher(quick().withHostDelay(Duration.ofMillis(200)));
        fetcher.fetch(server.url("/one"), ContentKind.PAGE, Validators.NONE);
        fetcher.fetch(server.url("/two"), ContentKind.PAGE, Validators.NONE);

        // robots.txt then /one: 200 ms apart (the host delay); /one then /two: the crawl delay of 1 s. The recording
        // sleeper does not sleep, so each wait is measured from a clock that did not move on by the waits before.
        assertEquals(2, sleeps.size(), sleeps::toString);
        assertTrue(sleeps.get(0).toMillis() <= 200 && sleeps.get(0).toMillis() > 100, sleeps::toString);
        assertTrue(sleeps.get(1).toMillis() <= 1200 && sleeps.get(1).toMillis() > 800, sleeps::toString);
    }

    @Test
    void aCrawlDelayLongerThanWeWaitClosesTheSite() {
        server.serve("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 3600\n".getBytes(UTF_8));
        server.serve("/page", "text/html", PAGE.getBytes(UTF_8));

        FetchResult r = fetcher(quick()).fetch(server.url("/page"), ContentKind.PAGE, Validators.NONE);

        assertEquals("robots.txt asks for 3600 s between requests, more than the 30 s we wait", r.reason());
        assertEquals(List.of("/robots.txt"), server.paths());
    }

    @Test
    void aFailingRobotsTxtClosesTheSiteForNow() {
        server.on("/robots.txt", ex -> TestServer.send(ex, 500, "text/plain", new byte[0]));
        server.serve("/page", "text/html", PAGE.getBytes(UTF_8));

        FetchResult r = fetcher(quick().withRetries(1, Duration.ofMillis(10), Duration.ofMillis(10)))
                .fetch(server.url("/page"), ContentKind.PAGE, Validators.NONE);

        assertEquals("robots.txt could not be fetched (HTTP status 500 after 1 attempt); not fetching from this "
                + "site for now", r.reason());
    }

    @Test
    void conditionalGetGivesNotModified() {
        server.on("/feed.xml", ex -> {
            if ("\"abc\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                TestServer.send(ex, 304, null, new byte[0]);
            } else {
                ex.getResponseHeaders().set("ETag", "\"abc\"");
                ex.getResponseHeaders().set("Last-Modified", "Tue, 02 Sep 2031 08:00:00 GMT");
                TestServer.send(ex, 200, "application/rss+xml", "<rss/>".getBytes(UTF_8));
            }
        });

        Fetcher fetcher = fetcher(quick());
        FetchResult first = fetcher.fetch(server.url("/feed.xml"), ContentKind.FEED, Validators.NONE);
        FetchResult second = fetcher.fetch(server.url("/feed.xml"), ContentKind.FEED, first.validators());

        assertEquals(new Validators("\"abc\"", "Tue, 02 Sep 2031 08:00:00 GMT"), first.validators());
        assertEquals(FetchResult.Outcome.NOT_MODIFIED, second.outcome());
        assertEquals(first.validators(), second.validators());
        assertEquals("Tue, 02 Sep 2031 08:00:00 GMT",
                server.requests().get(2).headers().getFirst("If-Modified-Since"));
    }

    @Test
    void badUrlsAndClosedPortsAreResultsNotExceptions() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Fetcher fetcher = fetcher(quick());

        assertEquals("not an http(s) URL", fetcher.fetch("ftp://example.org/x", ContentKind.PAGE,
                Validators.NONE).reason());
        assertEquals("not an http(s) URL", fetcher.fetch("::nonsense::", ContentKind.PAGE, Validators.NONE).reason());
        FetchResult refused = fetcher.fetch("http://127.0.0.1:" + closed + "/x", ContentKind.PAGE, Validators.NONE);
        assertTrue(refused.reason().startsWith("robots.txt could not be fetched (could not connect"),
                refused.reason());
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        TestServer.send(ex, 302, "text/plain", new byte[0]);
    }

    private static byte[] deflate(byte[] bytes, boolean raw) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        return out.toByteArray();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
