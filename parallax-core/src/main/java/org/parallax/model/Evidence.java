package org.parallax.model;

import java.util.Objects;

/**
 * Where a dossier item comes from: a sentence of one article, with its character span in the article's text.
 *
 * @param articleId the article
 * @param sentence  the sentence as it stands in the article's text
 * @param start     offset of the sentence (or of the quoted span) in the article's text
 * @param end       offset just past it
 */
public record Evidence(String articleId, String sentence, int start, int end) {

    public Evidence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sentence, "sentence");
    }
}
