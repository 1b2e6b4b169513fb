package org.parallax.fetch;

import java.time.Duration;

/** Waits; tests pass one that records the waits instead of sleeping through them. */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps for real. */
    Sleeper REAL = d -> {
        if (!d.isNegative() && !d.isZero()) {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        }
    };

    /** Waits for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
}
