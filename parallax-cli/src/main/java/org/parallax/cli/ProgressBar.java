package org.parallax.cli;

import java.io.PrintWriter;

import org.parallax.Progress;

/**
 * A one-line progress display on stderr that appears only once work has taken more than a second, and only when
 * stderr is a terminal (so logs and CI output stay clean).
 */
final class ProgressBar implements Progress, AutoCloseable {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private final PrintWriter err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err) {
        this(err, System.console() != null);
    }

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public synchronized void update(String stage, long done, long total) {
        long now = System.nanoTime();
        if (!enabled || now - started < DELAY_NANOS || (now - lastDraw < REDRAW_NANOS && done != total)) {
            return;
        }
        lastDraw = now;
        drawn = true;
        err.print("\r\033[K" + line(stage, done, total));
        err.flush();
    }

    /** The text of the bar, e.g. {@code cleaning [#########           ]  45% 450/1000}. */
    static String line(String stage, long done, long total) {
        if (total <= 0) {
            return String.format("%-10s %d", stage, done);
        }
        int width = 30;
        int filled = (int) Math.min(width, width * done / total);
        return String.format("%-10s [%s%s] %3d%% %d/%d", stage, "#".repeat(filled), " ".repeat(width - filled),
                100 * done / total, done, total);
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
