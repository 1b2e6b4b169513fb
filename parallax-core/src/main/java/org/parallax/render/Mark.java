package org.parallax.render;

/**
 * A span of an article's text that the event page marks, so dossier items can link to it.
 *
 * @param start  offset of the first character in the article's text
 * @param end    offset just past the last
 * @param anchor the element id the links use (see {@link Anchors})
 * @param wire     whether the span is text shared with another article, shown highlighted at all times
 * @param conflict whether the span reports a value of a figure the outlets disagree on, shown underlined at all times
 */
record Mark(int start, int end, String anchor, boolean wire, boolean conflict) {

    /** A mark that reports no conflicting figure. */
    Mark(int start, int end, String anchor, boolean wire) {
        this(start, end, anchor, wire, false);
    }
}
