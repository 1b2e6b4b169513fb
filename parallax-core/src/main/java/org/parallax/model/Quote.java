package org.parallax.model;

/**
 * One piece of speech an article reports.
 *
 * @param text        the quoted or reported words
 * @param kind        direct, indirect or partial
 * @param speaker     who is credited, full name when the article gives one; {@code null} when nobody is credited
 * @param speakerType person, organization, group or unknown
 * @param cue         the phrase that credits the speaker ("said", "told", "according to"); {@code null} if none
 * @param via         the outlet the words were reported through ("Interfax"); {@code null} if none
 * @param sentence    the text of the sentence the quote starts in
 * @param start       offset of the first character of the quoted content in the article text
 * @param end         offset just past the last character of the quoted content
 */
public record Quote(String text, QuoteKind kind, String speaker, SpeakerType speakerType, String cue, String via,
                    String sentence, int start, int end) {
}
