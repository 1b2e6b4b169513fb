package org.parallax.model;

/**
 * One outlet's rendering of an utterance.
 *
 * @param articleId the article
 * @param text      the words as that article renders them
 * @param via       the intermediary it was reported through, or null
 * @param start     offset of the quoted words in the article's text
 * @param end       offset just past them
 */
public record QuoteVariant(String articleId, String text, String via, int start, int end) {
}
