package org.parallax.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a least delay between two requests to the same host, so a run never hammers one site however many of its
 * URLs it is given.
 */
final class HostPacer {
    private final Sleeper sleeper;
    /** Host to the System.nanoTime before which no new request may start. */
    private final Map<String, Long> nextAllowed = new HashMap<>();

    HostPacer(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /** Waits until a request to {@code host} is allowed, then books the next slot {@code delay} later. */
    void await(String host, Duration delay) throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long allowed = nextAllowed.getOrDefault(host, now);
            long start = Math.max(now, allowed);
            wait = start - now;
            nextAllowed.put(host, start + delay.toNanos());
        }
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }
}
