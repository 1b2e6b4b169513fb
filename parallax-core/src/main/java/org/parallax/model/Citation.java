package org.parallax.model;

/**
 * A source that an article of the event credits for information.
 *
 * @param articleId the citing article
 * @param source    who is credited (an agency, another outlet, an official, a channel)
 * @param cue       the words that credit it
 * @param sentence  the sentence
 */
public record Citation(String articleId, String source, String cue, String sentence) {
}
