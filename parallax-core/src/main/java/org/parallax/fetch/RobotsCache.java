package org.parallax.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * The robots.txt rules of each site, fetched once per site (scheme, host and port) and kept for the fetcher's life.
 * As the big crawlers do: a robots.txt that is missing (4xx, or too many redirects) allows everything; one that
 * cannot be fetched because the server fails (5xx, timeout, refused) allows nothing for now, since the site may be
 * struggling.
 */
final class RobotsCache {
    /** A site that sets no crawl delay. */
    private static final long UNSET = BaseRobotRules.UNSET_CRAWL_DELAY;

    private final String robotsName;
    private final Duration maxCrawlDelay;
    private final SimpleRobotRulesParser parser;
    private final Function<String, FetchResult> fetch;
    private final Map<String, Rules> bySite = new HashMap<>();

    /** The rules of one site, and why they allow nothing when the file could not be had. */
    private record Rules(BaseRobotRules rules, String unavailable) {
    }

    /**
     * @param robotsName    the name looked for in {@code User-agent} lines
     * @param maxCrawlDelay the longest Crawl-delay honoured; a site asking for more is not fetched from
     * @param fetch         fetches a robots.txt URL (politely, but without asking robots.txt about itself)
     */
    RobotsCache(String robotsName, Duration maxCrawlDelay, Function<String, FetchResult> fetch) {
        this.robotsName = robotsName.toLowerCase(Locale.ROOT);
        this.maxCrawlDelay = maxCrawlDelay;
        // No limit in the parser (it would silently turn a long delay into "allow nothing"): we check it ourselves
        // and say why.
        this.parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
        this.fetch = fetch;
    }

    /** Why robots.txt forbids fetching {@code uri}, or null when it allows it. */
    String refusal(URI uri) {
        Rules r = rulesFor(uri);
        if (r.unavailable != null) {
            return "robots.txt could not be fetched (" + r.unavailable + "); not fetching from this site for now";
        }
        if (!r.rules.isAllowed(uri.toString())) {
            return "disallowed by robots.txt";
        }
        Duration delay = crawlDelay(uri);
        if (delay.compareTo(maxCrawlDelay) > 0) {
            return "robots.txt asks for " + delay.toSeconds() + " s between requests, more than the "
                    + maxCrawlDelay.toSeconds() + " s we wait";
        }
        return null;
    }

    /** The site's Crawl-delay, or zero when it sets none. */
    Duration crawlDelay(URI uri) {
        long ms = rulesFor(uri).rules.getCrawlDelay();
        return ms == UNSET || ms <= 0 ? Duration.ZERO : Duration.ofMillis(ms);
    }

    private synchronized Rules rulesFor(URI uri) {
        return bySite.computeIfAbsent(site(uri), this::load);
    }

    private Rules load(String site) {
        String url = site + "/robots.txt";
        FetchResult r = fetch.apply(url);
        if (r.fetched()) {
            return new Rules(parser.parseContent(url, r.body(), "text/plain", List.of(robotsName)), null);
        }
        if (r.status() >= 300 && r.status() < 500) {
            return new Rules(parser.failedFetch(404), null);
        }
        return new Rules(parser.failedFetch(503), r.reason());
    }

    /** {@code scheme://host:port}, the unit robots.txt speaks for. */
    static String site(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
