package org.parallax.ingest;

/**
 * Limits that keep hostile input from exhausting memory.
 *
 * @param maxFileBytes         largest file read, after decompression; larger files are skipped with a message
 * @param maxArticleChars      longest article text accepted; longer ones are skipped with a message
 * @param maxLineChars         longest single line accepted in a JSON Lines file
 * @param maxHtmlBytes         largest HTML page parsed; a bigger page is skipped before parsing, since parsing costs
 *                             seconds and many times its size in memory
 */
public record IngestSettings(long maxFileBytes, int maxArticleChars, int maxLineChars, long maxHtmlBytes) {
    /** Far above any real news page (a few hundred kilobytes, rarely a few megabytes with inline data). */
    static final long DEFAULT_MAX_HTML_BYTES = 16L << 20;

    /** Limits with the default HTML page limit, or the file limit when that is smaller. */
    public IngestSettings(long maxFileBytes, int maxArticleChars, int maxLineChars) {
        this(maxFileBytes, maxArticleChars, maxLineChars, Math.min(maxFileBytes, DEFAULT_MAX_HTML_BYTES));
    }

    /** 64 MiB files, one-million-character articles, 8 MiB JSON lines, 16 MiB HTML pages. */
    public static IngestSettings defaults() {
        return new IngestSettings(64L << 20, 1_000_000, 8 << 20);
    }
}
