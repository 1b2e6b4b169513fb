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
 */
public record RawArticle(String id, String origin, SourceFormat format, String title, String author,
                         LocalDate published, String url, String outlet, String language, String text) {

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }

    /** A plain-text article with no metadata but its id. */
    public static RawArticle ofText(String id, String origin, String text) {
        return new RawArticle(id, origin, SourceFormat.TEXT, null, null, null, null, null, null, text);
    }
}
