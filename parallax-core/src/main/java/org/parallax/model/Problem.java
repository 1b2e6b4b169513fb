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
        return printable(source) + (line > 0 ? ":" + line : "") + ": " + (fatal ? "skipped: " : "warning: ")
                + reason;
    }

    /**
     * The name with control characters shown as escapes (a newline as backslash-n, other controls as backslash-u and four hex digits): a file name may hold a
     * newline, which would otherwise split one message into two lines that look like two problems.
     */
    static String printable(String name) {
        StringBuilder sb = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x20 && c != 0x7F) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            sb.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : String.format("\\u%04x", (int) c));
        }
        return sb == null ? name : sb.toString();
    }
}
