package org.parallax.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as the ingest stage read it: decoded text and whatever metadata the source carried, before cleaning.
 * Fields other than {@code id}, {@code origin}, {@code format} and {@code text} may be {@code null} when unknown.
 *
 * @param id        stable identifier: the file name without extension, or the JSON {@code id}
 * @param origin    where it came from, for messages: a path, with {@code :LINE} for JSON Lines records
 * @param format    the kind of source
 * @param title     headline from metadata, or null (the cleaner then finds it in the text)
 * @param author    author from metadata, or null
 * @param published publication date from metadata, or null
 * @param url       canonical URL, or null
 * @param outlet    the publishing outlet (JSON {@code source}, URL host or site name), or null
 * @param language  ISO 639-1 code from metadata, or null
 * @param text      the decoded text, paragraphs separated by blank lines
 * @param publishedSource where {@code published} came from ({@link DateSource}: {@code metadata}, {@code url},
 *                  {@code text}, {@code crawl}), null when {@code published} is null
 * @param modified  the date the article was last modified according to its metadata, or null
 */
public record RawArticle(String id, String origin, SourceFormat format, String title, String author,
                         LocalDate published, String url, String outlet, String language, String text,
                         String publishedSource, LocalDate modified) {

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        if (published == null) {
            publishedSource = null;
        }
    }

    /**
     * An article whose publication date, if any, came from its source's metadata (a JSON field, a page's meta
     * tags), with no modification date: the signature from before {@code publishedSource} and {@code modified}.
     */
    public RawArticle(String id, String origin, SourceFormat format, String title, String author,
                      LocalDate published, String url, String outlet, String language, String text) {
        this(id, origin, format, title, author, published, url, outlet, language, text,
                published == null ? null : DateSource.METADATA, null);
    }

    /** A plain-text article with no metadata but its id. */
    public static RawArticle ofText(String id, String origin, String text) {
        return new RawArticle(id, origin, SourceFormat.TEXT, null, null, null, null, null, null, text);
    }
}
