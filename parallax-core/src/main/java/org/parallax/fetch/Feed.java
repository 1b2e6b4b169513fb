package org.parallax.fetch;

import java.util.List;

/**
 * A feed as read: its title and its items with links, in the feed's order.
 *
 * @param url   where the feed was fetched from
 * @param title the feed's title, or null
 * @param items the items that have a link
 */
public record Feed(String url, String title, List<FeedItem> items) {
    public Feed {
        items = List.copyOf(items);
    }
}
