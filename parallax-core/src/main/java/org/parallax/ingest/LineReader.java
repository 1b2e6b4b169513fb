package org.parallax.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most a given length: a longer line is consumed to its end but not kept, so one huge line
 * costs no more memory than the limit.
 */
final class LineReader {
    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int end;
    private long number;
    private long length;
    private boolean eof;

    /** Reads from {@code in}, keeping lines of at most {@code maxChars} characters. */
    LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The 1-based number of the line last returned. */
    long lineNumber() {
        return number;
    }

    /** The length in characters of the line last returned, also when it was too long to keep. */
    long lineLength() {
        return length;
    }

    /**
     * The next line without its line end; {@link #TOO_LONG} when it was longer than the limit; null at the end.
     */
    String next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        length = 0;
        while (true) {
            if (pos == end && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            char c = buf[pos++];
            if (c == '\n') {
                break;
            }
            length++;
            if (!tooLong) {
                line.append(c);
                if (line.length() > maxChars) {
                    tooLong = true;
                    line.setLength(0);
                }
            }
        }
        number++;
        if (tooLong) {
            return TOO_LONG;
        }
        int len = line.length();
        return len > 0 && line.charAt(len - 1) == '\r' ? line.substring(0, len - 1) : line.toString();
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    /** Returned (compare by identity) for a line over the limit. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    static final String TOO_LONG = new String("<line too long>");
}
