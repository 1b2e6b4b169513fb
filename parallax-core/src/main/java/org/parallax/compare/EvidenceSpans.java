package org.parallax.compare;

import org.parallax.model.Article;
import org.parallax.model.Evidence;

/** Locates an annotation's sentence in its article's text, so that evidence offsets point at it exactly. */
final class EvidenceSpans {
    private EvidenceSpans() {
    }

    /**
     * The evidence for {@code sentence}, which holds the span starting at {@code at} in {@code article}'s text, or
     * null when the sentence is not found there (annotations of another version of the text).
     */
    static Evidence of(Article article, String sentence, int at) {
        String text = article.text();
        if (sentence == null || sentence.isEmpty() || text == null) {
            return null;
        }
        int start = text.lastIndexOf(sentence, Math.min(at, text.length()));
        if (start < 0 || start + sentence.length() < at) {
            start = text.indexOf(sentence);
        }
        return start < 0 ? null : new Evidence(article.id(), sentence, start, start + sentence.length());
    }
}
