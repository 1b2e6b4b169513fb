package org.parallax.fetch;

import java.time.Duration;

/**
 * How politely and how patiently the {@link Fetcher} works.
 *
 * @param userAgent      the User-Agent header sent with every request; it names the project and where to read
 *                       about it, so a site owner can tell who is calling
 * @param robotsName     the name looked up in robots.txt groups ({@code User-agent: parallax})
 * @param obeyRobots     whether robots.txt is fetched and honoured (switch off only for your own servers)
 * @param connectTimeout longest wait for a connection
 * @param readTimeout    longest wait for a whole response (headers and body) once the request is sent
 * @param maxBytes       largest response body read, before and after gzip/deflate decoding; a larger one is
 *                       abandoned and reported
 * @param maxRedirects   most redirects followed for one URL
 * @param maxAttempts    most requests for one URL when the server answers 429 or 5xx (1 means no retry)
 * @param backoffBase    wait before the first retry; each further retry waits twice as long, with jitter
 * @param maxBackoff     longest wait before a retry, also the longest Retry-After honoured (a longer one gives up)
 * @param hostDelay      least time between two requests to the same host (a longer robots.txt Crawl-delay wins)
 * @param maxCrawlDelay  longest robots.txt Crawl-delay honoured; a site asking for more is skipped
 * @param seed           seed of the jitter, so a run's waits can be repeated
 */
public record FetchSettings(String userAgent, String robotsName, boolean obeyRobots, Duration connectTimeout,
                            Duration readTimeout, long maxBytes, int maxRedirects, int maxAttempts,
                            Duration backoffBase, Duration maxBackoff, Duration hostDelay, Duration maxCrawlDelay,
                            long seed) {

    /** The project's home, named in the User-Agent. */
    public static final String HOME = "https://github.com/parallax-news/parallax";

    /**
     * Defaults for crawling other people's sites: robots.txt honoured, 2 s between requests to a host, 10 s to
     * connect, 30 s per response, 10 MiB per page, 5 redirects, 3 attempts from 1 s of backoff up to 60 s.
     *
     * @param version the Parallax version named in the User-Agent
     */
    public static FetchSettings defaults(String version) {
        return new FetchSettings(userAgent(version), "parallax", true, Duration.ofSeconds(10),
                Duration.ofSeconds(30), 10L << 20, 5, 3, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofSeconds(2), Duration.ofSeconds(30), 20261125L);
    }

    /** {@code Parallax/VERSION (+HOME)}. */
    public static String userAgent(String version) {
        return "Parallax/" + version + " (+" + HOME + ")";
    }

    /** These settings with another User-Agent. */
    public FetchSettings withUserAgent(String agent) {
        return new FetchSettings(agent, robotsName, obeyRobots, connectTimeout, readTimeout, maxBytes, maxRedirects,
                maxAttempts, backoffBase, maxBackoff, hostDelay, maxCrawlDelay, seed);
    }

    /** These settings with another per-host delay. */
    public FetchSettings withHostDelay(Duration delay) {
        return new FetchSettings(userAgent, robotsName, obeyRobots, connectTimeout, readTimeout, maxBytes,
                maxRedirects, maxAttempts, backoffBase, maxBackoff, delay, maxCrawlDelay, seed);
    }

    /** These settings with other timeouts. */
    public FetchSettings withTimeouts(Duration connect, Duration read) {
        return new FetchSettings(userAgent, robotsName, obeyRobots, connect, read, maxBytes, maxRedirects,
                maxAttempts, backoffBase, maxBackoff, hostDelay, maxCrawlDelay, seed);
    }

    /** These settings with another response size limit. */
    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(userAgent, robotsName, obeyRobots, connectTimeout, readTimeout, bytes, maxRedirects,
                maxAttempts, backoffBase, maxBackoff, hostDelay, maxCrawlDelay, seed);
    }

    /** These settings with other retry limits. */
    public FetchSettings withRetries(int attempts, Duration base, Duration max) {
        return new FetchSettings(userAgent, robotsName, obeyRobots, connectTimeout, readTimeout, maxBytes,
                maxRedirects, attempts, base, max, hostDelay, maxCrawlDelay, seed);
    }
}
