package org.parallax.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that fails with {@link LimitExceeded} once more than a given number of bytes has been read, so a
 * small gzip file that inflates to gigabytes cannot exhaust memory.
 */
final class CappedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    /** Wraps {@code in}, allowing at most {@code limit} bytes. */
    CappedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) throws LimitExceeded {
        count += n;
        if (count > limit) {
            throw new LimitExceeded(limit);
        }
    }

    /** Thrown when the stream went past its limit. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(long limit) {
            super("decompressed size exceeds the limit of " + limit + " bytes");
        }
    }
}
