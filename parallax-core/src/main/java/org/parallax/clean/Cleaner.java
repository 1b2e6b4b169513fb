package org.parallax.clean;

import org.parallax.model.Article;
import org.parallax.model.RawArticle;

/**
 * Turns a raw article into a clean one: boilerplate lines removed (and kept in {@code removed}), Unicode and
 * whitespace normalised, and title, author and date read from the text where the source's metadata lacked them.
 */
public final class Cleaner {

    /** Cleans one article. Thread-safe. */
    public Article clean(RawArticle raw) {
        throw new UnsupportedOperationException("clean: being written");
    }
}
