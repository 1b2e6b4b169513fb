package org.parallax.clean;

/** What becomes of a paragraph: kept in the text, removed as boilerplate (and listed), or taken as the title. */
enum Mark {
    KEEP,
    /** Boilerplate, header or byline: leaves the text and goes to {@code removed}. */
    REMOVE,
    /** The headline: leaves the text but is not boilerplate, so it is not listed in {@code removed}. */
    TITLE
}
