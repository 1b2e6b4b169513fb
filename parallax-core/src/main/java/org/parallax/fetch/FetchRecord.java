package org.parallax.fetch;

import java.time.Instant;

/**
 * What the workspace remembers about one fetched URL, so it is never fetched twice: a page's canonical URL and
 * content hash (to see the same article behind another address), a feed's validators (for conditional GET).
 *
 * @param url          the URL fetched (normalised: no fragment)
 * @param canonicalUrl the page's canonical URL, or null
 * @param contentHash  hex SHA-256 of the article text (of the body, for a feed), or null
 * @param etag         the last ETag, or null
 * @param lastModified the last Last-Modified, or null
 * @param fetchedAt    when it was fetched
 * @param status       what came of it; see {@link Status}
 */
public record FetchRecord(String url, String canonicalUrl, String contentHash, String etag, String lastModified,
                          Instant fetchedAt, Status status) {

    /** What came of a fetch. */
    public enum Status {
        /** A page read as an article and handed on. */
        ADDED,
        /** A page whose canonical URL or text was already known. */
        DUPLICATE,
        /** A page with no article in it (an index page, a video page). */
        NOT_ARTICLE,
        /** A fetch that failed; it is tried again on the next run. */
        FAILED,
        /** A feed; {@code etag} and {@code lastModified} are its validators. */
        FEED
    }

    /** The validators to send when fetching this URL again. */
    public Validators validators() {
        return new Validators(etag, lastModified);
    }
}
