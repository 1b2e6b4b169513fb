package org.parallax.fetch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.parallax.model.RawArticle;
import org.parallax.text.Sha256;

/**
 * Polls feeds: each feed with a conditional GET (the ETag and Last-Modified of the last poll), then the pages of its
 * items not fetched before. A feed that has not changed costs one request and a 304; a feed with broken XML is
 * reported and skipped (its validators are not updated, so the next poll tries it in full again).
 */
public final class FeedWatcher {
    private final Fetcher fetcher;
    private final FetchLog log;
    private final PageCollector pages;
    private final Clock clock;
    private final FeedReader reader = new FeedReader();

    /**
     * @param fetcher fetches feeds (and, through {@code pages}, pages)
     * @param log     where feed validators are kept
     * @param pages   turns item links into articles, once each
     * @param clock   the time recorded as poll time
     */
    public FeedWatcher(Fetcher fetcher, FetchLog log, PageCollector pages, Clock clock) {
        this.fetcher = fetcher;
        this.log = log;
        this.pages = pages;
        this.clock = clock;
    }

    /**
     * Polls every feed once, in order; the new articles of each feed go to {@code sink} together, as soon as that
     * feed is done, so a long poll stores what it has as it goes.
     *
     * @return how many new articles were found in all
     */
    public int poll(List<String> feedUrls, Consumer<List<RawArticle>> sink, FetchListener listener) {
        int total = 0;
        for (String url : feedUrls) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            List<RawArticle> found = pollOne(url, listener);
            if (!found.isEmpty()) {
                sink.accept(found);
                total += found.size();
            }
        }
        return total;
    }

    private List<RawArticle> pollOne(String url, FetchListener listener) {
        Optional<FetchRecord> before = log.get(url).filter(r -> r.status() == FetchRecord.Status.FEED);
        Validators validators = before.map(FetchRecord::validators).orElse(Validators.NONE);
        FetchResult r = fetcher.fetch(url, ContentKind.FEED, validators);
        if (r.outcome() == FetchResult.Outcome.NOT_MODIFIED) {
            listener.feedUnchanged(url);
            return List.of();
        }
        if (!r.fetched()) {
            listener.skipped(url, r.reason());
            return List.of();
        }
        Feed feed;
        try {
            feed = reader.read(r.finalUrl(), r.body());
        } catch (FeedReader.Rejected e) {
            listener.skipped(url, e.getMessage());
            return List.of();
        }
        log.put(new FetchRecord(url, r.finalUrl(), Sha256.hex(r.body()), r.validators().etag(),
                r.validators().lastModified(), clock.instant(), FetchRecord.Status.FEED));
        List<FeedItem> fresh = feed.items().stream().filter(i -> !pages.known(i.url())).toList();
        listener.feedPolled(url, feed.items().size(), fresh.size());
        List<RawArticle> articles = new ArrayList<>();
        for (FeedItem item : fresh) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            pages.collect(item.url(), listener).ifPresent(articles::add);
        }
        return articles;
    }

}
