package org.parallax.model;

import java.util.Objects;

/**
 * An input that could not be read, or was read only in part, with the reason in words a user can act on.
 *
 * @param source the file (or other input) concerned
 * @param line   the 1-based line for line-oriented input, or 0 when the whole source is concerned
 * @param reason what went wrong
 * @param fatal  true when the source (or line) was skipped, false for a warning about something still processed
 */
public record Problem(String source, long line, String reason, boolean fatal) {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    /** A source (or line) that was skipped. */
    public static Problem skipped(String source, long line, String reason) {
        return new Problem(source, line, reason, true);
    }

    /** Something odd about a source that was still processed. */
    public static Problem warning(String source, long line, String reason) {
        return new Problem(source, line, reason, false);
    }

    /** The message as printed: {@code source:line: reason}. */
    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + ": " + (fatal ? "skipped: " : "warning: ") + reason;
    }
}
