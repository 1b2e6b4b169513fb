package org.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A cleaned article: the unit every later stage works on, and an element of {@code articles[]} in events.json.
 *
 * @param id        stable identifier (file stem or JSON id)
 * @param title     the headline, or null when none could be found
 * @param outlet    the publishing outlet, {@code "unknown"} when nothing names it
 * @param author    the author(s), or null
 * @param published publication date, or null
 * @param url       canonical URL, or null
 * @param language  ISO 639-1 language code, or null when undetermined
 * @param text      the cleaned text: NFC, paragraphs separated by one blank line
 * @param removed   every line the cleaner removed from the text, in order, so a reader can audit it
 * @param publishedSource where {@code published} came from ({@link DateSource}: {@code metadata}, {@code url},
 *                  {@code text}, {@code crawl}), or null when there is no date or its source is unknown
 * @param modified  the date the article was last modified according to its metadata, or null
 */
public record Article(String id, String title, String outlet, String author, LocalDate published, String url,
                      String language, String text, List<String> removed, String publishedSource,
                      LocalDate modified) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(text, "text");
        removed = List.copyOf(removed);
        if (published == null) {
            publishedSource = null;
        }
    }

    /**
     * An article without a known source for its date and without a modification date: the signature from before
     * {@code publishedSource} and {@code modified}.
     */
    public Article(String id, String title, String outlet, String author, LocalDate published, String url,
                   String language, String text, List<String> removed) {
        this(id, title, outlet, author, published, url, language, text, removed, null, null);
    }
}
