package org.parallax.model;

/** The kind of file an article was read from; the cleaner treats plain text and extracted page text differently. */
public enum SourceFormat {
    /** Plain text: a headline, header lines (date, byline) and paragraphs, possibly with site chrome pasted in. */
    TEXT,
    /** An HTML page whose main text was extracted; metadata came from the markup. */
    HTML,
    /** A record from JSON or JSON Lines, with its fields already separated. */
    JSON
}
