package org.parallax.ingest;

/**
 * Limits that keep hostile input from exhausting memory.
 *
 * @param maxFileBytes         largest file read, after decompression; larger files are skipped with a message
 * @param maxArticleChars      longest article text accepted; longer ones are skipped with a message
 * @param maxLineChars         longest single line accepted in a JSON Lines file
 */
public record IngestSettings(long maxFileBytes, int maxArticleChars, int maxLineChars) {

    /** 64 MiB files, one-million-character articles, 8 MiB JSON lines. */
    public static IngestSettings defaults() {
        return new IngestSettings(64L << 20, 1_000_000, 8 << 20);
    }
}
