package org.parallax.model;

/**
 * Where an article's publication date came from, as written in {@code publishedSource}: the more trustworthy the
 * source, the earlier it is tried. Null means there is no date, or it is not known where it came from.
 */
public final class DateSource {
    /** The page's or record's own metadata: JSON-LD, microdata, Open Graph and meta tags, a JSON field. */
    public static final String METADATA = "metadata";
    /** A date in the article's URL path, such as {@code /2031/03/14/}. */
    public static final String URL = "url";
    /** A dateline or byline date in the visible text near the top of the article. */
    public static final String TEXT = "text";
    /** Nothing in the article dated it: the time it was crawled or the file was written, a guess at best. */
    public static final String CRAWL = "crawl";

    private DateSource() {
    }
}
