package org.parallax.model;

/**
 * A source the article credits for information, whether or not it quotes it.
 *
 * @param source   the source's name as written, without articles and descriptors ("dpa", not "the news agency dpa")
 * @param cue      the phrase that credits it ("according to", "told", "citing", "reported")
 * @param sentence the sentence the credit is in
 */
public record Attribution(String source, String cue, String sentence) {
}
