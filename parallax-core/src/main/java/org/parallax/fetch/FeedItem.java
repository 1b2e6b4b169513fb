package org.parallax.fetch;

import java.time.Instant;

/**
 * One entry of a feed.
 *
 * @param url       the link to the item's page
 * @param title     the item's title, or null
 * @param published when the feed says it was published (else updated), or null
 */
public record FeedItem(String url, String title, Instant published) {
}
