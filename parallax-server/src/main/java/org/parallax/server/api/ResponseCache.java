package org.parallax.server.api;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Serialised read responses of the current write generation, least recently used dropped first past a byte budget.
 * A body depends only on the generation and the request, so a cached one is exact until the next write; a new
 * generation empties the cache. Reads of popular dossiers then cost a map lookup instead of a database query and
 * serialisation.
 */
final class ResponseCache {
    private final long maxBytes;
    private final LinkedHashMap<String, Body> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long generation = Long.MIN_VALUE;
    private long bytes;

    /**
     * A response body and its Link header (null when none).
     *
     * @param bytes the JSON body
     * @param link  the Link header value, or null
     */
    record Body(byte[] bytes, String link) {
        /** A body without links. */
        static Body of(byte[] bytes) {
            return new Body(bytes, null);
        }

        /** Its weight in the cache, in bytes (roughly). */
        long size() {
            return bytes.length + (link == null ? 0 : 2L * link.length()) + 64;
        }
    }

    /** A cache holding at most {@code maxBytes} of bodies. */
    ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * A bound on how many missing bodies of one route are computed at once, one permit per core: a flood of
     * distinct, expensive reads (many different searches) then queues in arrival order instead of taking every
     * core, so cached reads and other routes keep answering quickly.
     */
    static Semaphore gate() {
        return new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    }

    /**
     * The body for {@code key} at {@code gen}, computed by {@code compute} when missing. Computation happens outside
     * the lock, so a slow query never blocks other reads, but inside {@code gate}; two threads may compute the same
     * body once each.
     */
    Body get(long gen, String key, Semaphore gate, Supplier<Body> compute) {
        synchronized (this) {
            if (gen == generation) {
                Body hit = entries.get(key);
                if (hit != null) {
                    return hit;
                }
            }
        }
        gate.acquireUninterruptibly();
        Body body;
        try {
            body = compute.get();
        } finally {
            gate.release();
        }
        put(gen, key, body);
        return body;
    }

    private synchronized void put(long gen, String key, Body body) {
        if (gen < generation) {
            return; // computed for a generation already superseded
        }
        if (gen > generation) {
            entries.clear();
            bytes = 0;
            generation = gen;
        }
        if (body.size() > maxBytes / 4) {
            return; // one huge body must not evict everything else (and a cache of 0 bytes keeps nothing)
        }
        Body old = entries.put(key, body);
        bytes += body.size() - (old == null ? 0 : old.size());
        Iterator<Map.Entry<String, Body>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().size();
            eldest.remove();
        }
    }
}
