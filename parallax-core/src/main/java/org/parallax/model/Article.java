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
 */
public record Article(String id, String title, String outlet, String author, LocalDate published, String url,
                      String language, String text, List<String> removed) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(text, "text");
        removed = List.copyOf(removed);
    }
}
