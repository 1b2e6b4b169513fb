package org.parallax.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.parallax.model.RawArticle;

/**
 * Reads an article from a page captured from the web (fetched live or stored in a web archive), where the address it
 * was captured from and the capture time are known besides the HTML. The page's own metadata comes first; the capture
 * address stands in for a missing canonical URL, and the capture date for a missing publication date, because a page
 * is never published after it was captured.
 */
public final class CapturedPageReader {
    private final HtmlArticleReader html = new HtmlArticleReader();

    /**
     * The article in {@code page}.
     *
     * @param page     the decoded HTML
     * @param id       the article id to give
     * @param origin   where it came from, for messages
     * @param url      the address the page was captured from
     * @param captured when it was captured, or null when unknown
     * @throws Rejected when the page has no text worth calling an article
     */
    public RawArticle read(String page, String id, String origin, String url, Instant captured) throws Rejected {
        RawArticle a = html.read(page, id, origin);
        String canonical = a.url() != null ? a.url() : url;
        // With no canonical URL in the page, the capture address names the outlet better than a site name would.
        String outlet = a.url() != null ? a.outlet() : Metadata.first(Metadata.host(url), a.outlet());
        LocalDate published = a.published() != null || captured == null
                ? a.published() : LocalDate.ofInstant(captured, ZoneOffset.UTC);
        return new RawArticle(a.id(), a.origin(), a.format(), a.title(), a.author(), published, canonical, outlet,
                a.language(), a.text());
    }
}
