package org.parallax.model;

/**
 * How one article describes a person or organisation.
 *
 * @param text      the description ("historian", "a lawyer for the committee")
 * @param articleId the article
 */
public record Description(String text, String articleId) {
}
