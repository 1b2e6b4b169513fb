package org.parallax.ingest;

/**
 * Text decoded from bytes, and how its charset was found.
 *
 * @param text        the text, with {@code \n} line ends and no byte-order mark
 * @param charset     the charset used, such as {@code UTF-8} or {@code windows-1252}
 * @param warning     a message for the user when the charset was guessed or bytes were replaced, else null
 * @param warningLine the 1-based line the warning is first about (the first bad byte), or 0 for the whole text
 */
public record DecodedText(String text, String charset, String warning, long warningLine) {

    /** Decoded text whose warning, if any, concerns the whole text. */
    public DecodedText(String text, String charset, String warning) {
        this(text, charset, warning, 0);
    }
}
