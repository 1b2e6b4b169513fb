package org.parallax.ingest;

/**
 * A block of a page's text as it will be written out: a heading, a paragraph (or list item, table cell...), or a
 * run of text that is mostly links.
 *
 * @param text      the block's text, whitespace collapsed
 * @param kind      what the block is
 * @param linkChars how many of its characters are link text
 * @param inMain    whether the block lies in the part of the page chosen as the article
 * @param listItem  whether the block is a list item ({@code li}, {@code dt}, {@code dd})
 */
record TextBlock(String text, Kind kind, int linkChars, boolean inMain, boolean listItem) {

    /** What a block is. */
    enum Kind { HEADING, TEXT, LINKS }

    /** The share of the block's characters that are link text. */
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1, (double) linkChars / text.length());
    }
}
