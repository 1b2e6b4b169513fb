package org.parallax.fetch;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.parallax.ingest.CapturedPageReader;
import org.parallax.ingest.DecodedText;
import org.parallax.ingest.IngestSettings;
import org.parallax.ingest.Rejected;
import org.parallax.ingest.TextDecoder;
import org.parallax.model.RawArticle;
import org.parallax.text.Sha256;

/**
 * Turns page URLs into articles, each URL at most once: a URL already in the {@link FetchLog} is not fetched again,
 * and a page whose canonical URL or text was already added is recorded as a duplicate and not handed on. The page's
 * charset comes from its bytes and declaration first, then the HTTP header ({@link TextDecoder}); the fetch time is
 * the date of last resort.
 */
public final class PageCollector {
    private static final int ID_HASH_CHARS = 12;

    private final Fetcher fetcher;
    private final FetchLog log;
    private final Clock clock;
    private final IngestSettings limits;
    private final CapturedPageReader reader = new CapturedPageReader();

    /**
     * @param fetcher fetches the pages
     * @param log     what was fetched before; updated with every page tried
     * @param clock   the time recorded as fetch time
     * @param limits  the article length limit
     */
    public PageCollector(Fetcher fetcher, FetchLog log, Clock clock, IngestSettings limits) {
        this.fetcher = fetcher;
        this.log = log;
        this.clock = clock;
        this.limits = limits;
    }

    /** True when {@code url} was fetched before with a lasting outcome (anything but a failure). */
    public boolean known(String url) {
        URI uri = Fetcher.parse(url);
        if (uri == null) {
            return false;
        }
        String u = uri.toString();
        Optional<FetchRecord> r = log.get(u);
        return r.isPresent() && r.get().status() != FetchRecord.Status.FAILED || log.hasCanonical(u);
    }

    /**
     * Fetches and reads the page at {@code url}, telling {@code listener} what happened.
     *
     * @return the article, or empty when the page was known, failed, or holds no new article
     */
    public Optional<RawArticle> collect(String url, FetchListener listener) {
        URI uri = Fetcher.parse(url);
        if (uri == null) {
            listener.skipped(url, "not an http(s) URL");
            return Optional.empty();
        }
        String u = uri.toString();
        if (known(u)) {
            listener.skipped(u, "already fetched");
            return Optional.empty();
        }
        FetchResult r = fetcher.fetch(u, ContentKind.PAGE, Validators.NONE);
        if (!r.fetched()) {
            log.put(record(u, null, null, FetchRecord.Status.FAILED));
            listener.skipped(u, r.reason());
            return Optional.empty();
        }
        RawArticle article;
        try {
            DecodedText text = TextDecoder.decode(r.body(), r.charset());
            article = reader.read(text.text(), "page", u, r.finalUrl(), clock.instant());
            if (article.text().length() > limits.maxArticleChars()) {
                throw new Rejected("text is " + article.text().length() + " characters, over the limit of "
                        + limits.maxArticleChars());
            }
        } catch (Rejected e) {
            log.put(record(u, null, null, FetchRecord.Status.NOT_ARTICLE));
            listener.skipped(u, e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            // A parser failing on a hostile page must cost this page, not the run.
            log.put(record(u, null, null, FetchRecord.Status.NOT_ARTICLE));
            listener.skipped(u, "page could not be read: " + e);
            return Optional.empty();
        }
        String canonical = article.url();
        String hash = Sha256.hex(article.text());
        if (log.hasCanonical(canonical) || log.hasContent(hash)) {
            log.put(record(u, canonical, hash, FetchRecord.Status.DUPLICATE));
            listener.skipped(u, log.hasCanonical(canonical) ? "same canonical URL as an article already fetched ("
                    + canonical + ")" : "same text as an article already fetched");
            return Optional.empty();
        }
        log.put(record(u, canonical, hash, FetchRecord.Status.ADDED));
        RawArticle named = new RawArticle(articleId(canonical), article.origin(), article.format(), article.title(),
                article.author(), article.published(), canonical, article.outlet(), article.language(),
                article.text(), article.publishedSource(), article.modified());
        listener.fetched(u, named);
        return Optional.of(named);
    }

    /**
     * Forgets that {@code article} (as handed on by this collector) was fetched, so the next run fetches it again:
     * for an article the workspace could not store.
     */
    public void forget(RawArticle article) {
        log.put(record(article.origin(), null, null, FetchRecord.Status.FAILED));
    }

    private FetchRecord record(String url, String canonical, String hash, FetchRecord.Status status) {
        return new FetchRecord(url, canonical, hash, null, null, clock.instant(), status);
    }

    /**
     * A stable id for the article at {@code url}: its host and a hash of the URL, such as
     * {@code harbourgazette.example-3f9a0c1b2d4e}, so fetching the same page anywhere gives the same id.
     */
    static String articleId(String url) {
        URI uri = Fetcher.parse(url);
        String host = uri == null || uri.getHost() == null ? "page" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return host + "-" + Sha256.hex(url).substring(0, ID_HASH_CHARS);
    }

}
