package org.parallax.compare;

/**
 * A sentence of an article, with its span in the article's text.
 *
 * @param articleId the article
 * @param index     0-based position among the article's sentences
 * @param text      the sentence as it stands in the text
 * @param start     offset of its first character in the article's text
 * @param end       offset just past its last character
 */
public record Sentence(String articleId, int index, String text, int start, int end) {
}
