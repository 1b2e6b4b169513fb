package org.parallax.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A polite HTTP client for pages and feeds. For each URL it asks the site's robots.txt first, keeps a least delay
 * between requests to one host (the larger of its own and the site's Crawl-delay), sends a User-Agent naming the
 * project, gives up on slow connections and responses, retries 429 and 5xx answers with exponential backoff
 * (honouring Retry-After), follows redirects itself so it can cap them and see loops, stops reading a body over the
 * size limit, checks the content type, and undoes gzip and deflate.
 *
 * <p>Never throws for a bad URL or server: every failure is a {@link FetchResult} with a reason. An interrupted
 * thread (Ctrl-C) gets a failed result and keeps its interrupt flag.
 */
public final class Fetcher {
    private final FetchSettings settings;
    private final Sleeper sleeper;
    private final HttpClient client;
    private final HostPacer pacer;
    private final Backoff backoff;
    private final RobotsCache robots;

    /** A fetcher that sleeps for real. */
    public Fetcher(FetchSettings settings) {
        this(settings, Sleeper.REAL);
    }

    /** A fetcher whose waits (per-host delay, backoff) go through {@code sleeper}. */
    public Fetcher(FetchSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.pacer = new HostPacer(sleeper);
        this.backoff = new Backoff(settings.backoffBase(), settings.maxBackoff(), settings.seed());
        this.robots = new RobotsCache(settings.robotsName(), settings.maxCrawlDelay(),
                url -> fetch(url, ContentKind.ROBOTS, Validators.NONE));
    }

    /** The settings this fetcher works with. */
    public FetchSettings settings() {
        return settings;
    }

    /**
     * Fetches {@code url}, expecting content of the given kind.
     *
     * @param validators what we know about our copy, for a conditional GET; {@link Validators#NONE} for none
     */
    public FetchResult fetch(String url, ContentKind kind, Validators validators) {
        URI start = parse(url);
        if (start == null) {
            return FetchResult.failed(url, url, 0, "not an http(s) URL");
        }
        try {
            return follow(url, start, kind, validators);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FetchResult.failed(url, url, 0, "interrupted");
        } catch (RuntimeException e) {
            // A bug or a library failing on a hostile answer must cost this URL, not the run.
            return FetchResult.failed(url, url, 0, "could not be fetched: " + e);
        }
    }

    private FetchResult follow(String url, URI start, ContentKind kind, Validators validators)
            throws InterruptedException {
        List<URI> chain = new ArrayList<>(List.of(start));
        URI uri = start;
        while (true) {
            Duration delay = settings.hostDelay();
            if (settings.obeyRobots() && kind != ContentKind.ROBOTS) {
                String refusal = robots.refusal(uri);
                if (refusal != null) {
                    return FetchResult.failed(url, uri.toString(), 0, refusal);
                }
                Duration crawlDelay = robots.crawlDelay(uri);
                delay = crawlDelay.compareTo(delay) > 0 ? crawlDelay : delay;
            }
            Exchange ex = sendWithRetries(uri, kind, validators, delay);
            if (ex.error != null) {
                return FetchResult.failed(url, uri.toString(), ex.status, ex.error);
            }
            if (isRedirect(ex.status)) {
                URI next = redirectTarget(uri, ex.headers);
                if (next == null) {
                    return FetchResult.failed(url, uri.toString(), ex.status,
                            "redirect (" + ex.status + ") without a usable http(s) Location");
                }
                if (chain.contains(next)) {
                    return FetchResult.failed(url, uri.toString(), ex.status, "redirect loop: " + chain.stream()
                            .map(URI::toString).collect(Collectors.joining(" -> ")) + " -> " + next);
                }
                if (chain.size() > settings.maxRedirects()) {
                    return FetchResult.failed(url, uri.toString(), ex.status,
                            "more than " + settings.maxRedirects() + " redirects");
                }
                chain.add(next);
                uri = next;
                continue;
            }
            return finish(url, uri, kind, validators, ex);
        }
    }

    private FetchResult finish(String url, URI uri, ContentKind kind, Validators sent, Exchange ex) {
        String finalUrl = uri.toString();
        Validators got = new Validators(ex.headers.firstValue("ETag").orElse(null),
                ex.headers.firstValue("Last-Modified").orElse(null));
        if (ex.status == 304) {
            Validators keep = got.isEmpty() ? sent : got;
            return new FetchResult(FetchResult.Outcome.NOT_MODIFIED, url, finalUrl, 304, null, null, new byte[0],
                    keep, null);
        }
        if (ex.status != 200) {
            return FetchResult.failed(url, finalUrl, ex.status, "HTTP status " + ex.status);
        }
        String contentType = ex.headers.firstValue("Content-Type").orElse("");
        String mediaType = mediaType(contentType);
        if (!kind.accepts(mediaType)) {
            return FetchResult.failed(url, finalUrl, ex.status,
                    "content type " + mediaType + " is not what a " + kind.label() + " should be");
        }
        if (ex.body.truncated()) {
            return FetchResult.failed(url, finalUrl, ex.status, "response is larger than the limit of "
                    + settings.maxBytes() + " bytes; stopped reading");
        }
        byte[] body;
        try {
            body = ContentEncoding.decode(ex.body.bytes(), ex.headers.firstValue("Content-Encoding").orElse(null),
                    settings.maxBytes());
        } catch (ContentEncoding.TooLarge e) {
            return FetchResult.failed(url, finalUrl, ex.status, "response " + e.getMessage() + "; stopped reading");
        } catch (IOException e) {
            return FetchResult.failed(url, finalUrl, ex.status, "body could not be decoded: " + message(e));
        }
        return new FetchResult(FetchResult.Outcome.FETCHED, url, finalUrl, ex.status, mediaType,
                charset(contentType), body, got, null);
    }

    /** One request's answer, after retries: a status with headers and body, or an error. */
    private record Exchange(int status, HttpHeaders headers, CappedBody.Bytes body, String error) {
        static Exchange failed(int status, String error) {
            return new Exchange(status, HttpHeaders.of(Map.of(), (a, b) -> true), null, error);
        }
    }

    private Exchange sendWithRetries(URI uri, ContentKind kind, Validators validators, Duration delay)
            throws InterruptedException {
        String host = RobotsCache.site(uri);
        for (int attempt = 1; ; attempt++) {
            pacer.await(host, delay);
            Exchange ex = send(uri, kind, validators);
            if (ex.error != null || !retryable(ex.status)) {
                return ex;
            }
            if (attempt >= settings.maxAttempts()) {
                return Exchange.failed(ex.status, "HTTP status " + ex.status + " after " + attempt + " attempt"
                        + (attempt == 1 ? "" : "s"));
            }
            String retryAfter = ex.headers.firstValue("Retry-After").orElse(null);
            Duration wait = backoff.before(attempt, retryAfter, ZonedDateTime.now(ZoneOffset.UTC));
            if (wait == null) {
                return Exchange.failed(ex.status, "HTTP status " + ex.status + "; the server asks to retry after "
                        + retryAfter + ", longer than the " + settings.maxBackoff().toSeconds() + " s we wait");
            }
            sleeper.sleep(wait);
        }
    }

    private Exchange send(URI uri, ContentKind kind, Validators validators) throws InterruptedException {
        Duration timeout = settings.readTimeout();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(timeout)
                .header("User-Agent", settings.userAgent())
                .header("Accept", accept(kind))
                .header("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<CappedBody.Bytes>> future;
        try {
            future = client.sendAsync(request.build(), info -> new CappedBody(settings.maxBytes()));
        } catch (IllegalArgumentException e) {
            return Exchange.failed(0, "request could not be made: " + message(e));
        }
        try {
            // The request timeout covers the wait for headers; this deadline covers a body that trickles in too.
            HttpResponse<CappedBody.Bytes> response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Exchange(response.statusCode(), response.headers(), response.body(), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return Exchange.failed(0, "timed out: no complete response within " + seconds(timeout));
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            return Exchange.failed(0, networkReason(e.getCause()));
        }
    }

    private String networkReason(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return "timed out: could not connect within " + seconds(settings.connectTimeout());
        }
        if (cause instanceof HttpTimeoutException) {
            return "timed out: no response within " + seconds(settings.readTimeout());
        }
        if (cause instanceof ConnectException) {
            return "could not connect (" + message(cause) + ")";
        }
        return "network error: " + message(cause);
    }

    private static boolean retryable(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI from, HttpHeaders headers) {
        String location = headers.firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            URI next = from.resolve(new URI(location.strip()));
            return parse(next.toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The URL as an http(s) URI without its fragment, or null when it is not one. */
    static URI parse(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            return new URI(uri.getScheme(), uri.getRawAuthority() == null ? null : uri.getAuthority(),
                    uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath(), uri.getQuery(), null);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String accept(ContentKind kind) {
        return switch (kind) {
            case PAGE -> "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
            case FEED -> "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";
            case ROBOTS -> "text/plain,*/*;q=0.1";
        };
    }

    /** The media type of a Content-Type header, without parameters, lower case; null when blank. */
    static String mediaType(String contentType) {
        String t = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    /** The charset parameter of a Content-Type header, unquoted; null when none. */
    static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String v = p.substring(8).strip().replace("\"", "").replace("'", "");
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
