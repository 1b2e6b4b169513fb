package org.parallax.fetch;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;

/**
 * Waits between retries: exponential (base, 2 x base, 4 x base...) with jitter, so many clients turned away at once
 * do not all come back at once; the server's Retry-After wins when it gives one. The jitter comes from a seeded
 * generator, so a run's waits can be repeated.
 */
final class Backoff {
    private final Duration base;
    private final Duration max;
    private final Random random;

    Backoff(Duration base, Duration max, long seed) {
        this.base = base;
        this.max = max;
        this.random = new Random(seed);
    }

    /**
     * The wait before retry number {@code retry} (1 for the first), or null when the server asks for a longer wait
     * than we are willing to make.
     *
     * @param retryAfter the Retry-After header, or null
     * @param now        the current time, to turn an HTTP-date Retry-After into a wait
     */
    synchronized Duration before(int retry, String retryAfter, ZonedDateTime now) {
        Duration asked = retryAfter(retryAfter, now);
        if (asked != null) {
            return asked.compareTo(max) > 0 ? null : asked;
        }
        long exp = base.toMillis() << Math.min(retry - 1, 20);
        // Full-range jitter between half and the whole of the exponential step.
        long jittered = exp / 2 + (long) (random.nextDouble() * (exp - exp / 2));
        return Duration.ofMillis(Math.min(jittered, max.toMillis()));
    }

    /** The wait a Retry-After header asks for: delta-seconds or an HTTP-date; null when absent or unreadable. */
    static Duration retryAfter(String value, ZonedDateTime now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
