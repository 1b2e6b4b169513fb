package org.parallax.clean;

/**
 * The few knobs of the cleaner. They are about document shape, not about any outlet: how far down the page header
 * lines and headlines may sit, and how much text the language guess needs before it answers.
 *
 * @param headerParagraphs   how many paragraphs from the top may hold site chrome, header lines and the headline
 * @param minLanguageWords   the fewest words the language guess looks at before it names a language
 */
public record CleanSettings(int headerParagraphs, int minLanguageWords) {

    public CleanSettings {
        if (headerParagraphs < 1) {
            throw new IllegalArgumentException("headerParagraphs must be at least 1, was " + headerParagraphs);
        }
        if (minLanguageWords < 1) {
            throw new IllegalArgumentException("minLanguageWords must be at least 1, was " + minLanguageWords);
        }
    }

    /** Ten paragraphs of header zone, and at least twelve words for a language guess. */
    public static CleanSettings defaults() {
        return new CleanSettings(10, 12);
    }
}
