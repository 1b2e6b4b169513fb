package org.parallax.spark;

import java.io.Serializable;
import java.time.LocalDate;

import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;

/**
 * A {@link RawArticle} as Spark ships it from the reading stage to the cleaning stage, with its place in the input.
 *
 * @param order where it is in the input: its file's path, then its position in the file (zero-padded), so that
 *              of two articles with one id the first in input order is kept, as the CLI keeps it
 */
record RawRecord(String order, String id, String origin, SourceFormat format, String title, String author,
                 LocalDate published, String url, String outlet, String language, String text)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    static RawRecord of(String order, RawArticle a) {
        return new RawRecord(order, a.id(), a.origin(), a.format(), a.title(), a.author(), a.published(), a.url(),
                a.outlet(), a.language(), a.text());
    }

    RawArticle toRawArticle() {
        return new RawArticle(id, origin, format, title, author, published, url, outlet, language, text);
    }
}
