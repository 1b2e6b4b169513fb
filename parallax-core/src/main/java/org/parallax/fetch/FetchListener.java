package org.parallax.fetch;

import org.parallax.model.RawArticle;

/** Hears what fetching and watching do, one line's worth at a time: the command line prints it on stderr. */
public interface FetchListener {
    /** A listener that ignores everything. */
    FetchListener NONE = new FetchListener() {
    };

    /** A feed was polled: how many items it lists and how many of them are new to us. */
    default void feedPolled(String feedUrl, int items, int fresh) {
    }

    /** A feed had not changed since the last poll (304). */
    default void feedUnchanged(String feedUrl) {
    }

    /** A page was fetched and read as an article. */
    default void fetched(String url, RawArticle article) {
    }

    /** A page or feed was not used, and why. */
    default void skipped(String url, String reason) {
    }
}
