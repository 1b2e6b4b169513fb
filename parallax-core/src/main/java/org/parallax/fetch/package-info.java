/**
 * Ingestion from the network: a polite HTTP fetcher ({@link org.parallax.fetch.Fetcher}: robots.txt, a per-host
 * delay, a clear User-Agent, timeouts, retries with backoff, capped redirects and sizes), RSS/Atom feeds and OPML
 * lists of them ({@link org.parallax.fetch.FeedReader}, {@link org.parallax.fetch.OpmlReader}), and the two jobs
 * built on them: turning page URLs into articles ({@link org.parallax.fetch.PageCollector}) and polling feeds for new
 * items ({@link org.parallax.fetch.FeedWatcher}). Nothing here throws for a bad URL, server or document: every
 * failure is a result value or a {@link org.parallax.model.Problem} naming the URL and the reason.
 */
package org.parallax.fetch;
