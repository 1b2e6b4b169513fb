package org.parallax.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ResponseCacheTest {
    private final AtomicInteger computed = new AtomicInteger();
    private final Semaphore gate = new Semaphore(1);

    private ResponseCache.Body body(int size) {
        computed.incrementAndGet();
        return ResponseCache.Body.of(new byte[size]);
    }

    @Test
    void aBodyIsComputedOncePerGenerationAndKey() {
        ResponseCache cache = new ResponseCache(1 << 20);
        ResponseCache.Body first = cache.get(1, "/a", gate, () -> body(10));
        assertSame(first, cache.get(1, "/a", gate, () -> body(10)));
        cache.get(1, "/b", gate, () -> body(10));
        assertEquals(2, computed.get());
        cache.get(2, "/a", gate, () -> body(10));
        cache.get(2, "/b", gate, () -> body(10));
        assertEquals(4, computed.get(), "a new generation starts empty");
        cache.get(1, "/a", gate, () -> body(10));
        cache.get(2, "/a", gate, () -> body(10));
        assertEquals(5, computed.get(), "an old generation's body is served but not kept");
        assertEquals(1, gate.availablePermits());
    }

    @Test
    void theLeastRecentlyUsedGoPastTheBudgetAndHugeBodiesAreNotKept() {
        ResponseCache cache = new ResponseCache(1_000); // each body of 150 bytes weighs 214 with its overhead
        cache.get(1, "/a", gate, () -> body(150));
        cache.get(1, "/b", gate, () -> body(150));
        cache.get(1, "/a", gate, () -> body(150)); // hit: /a is now the most recent
        cache.get(1, "/c", gate, () -> body(150));
        cache.get(1, "/d", gate, () -> body(150));
        cache.get(1, "/e", gate, () -> body(150)); // 5 x 214 is over 1,000: /b, the least recent, goes
        assertEquals(5, computed.get());
        cache.get(1, "/a", gate, () -> body(150));
        assertEquals(5, computed.get());
        cache.get(1, "/b", gate, () -> body(150));
        assertEquals(6, computed.get());
        cache.get(1, "/huge", gate, () -> body(600));
        cache.get(1, "/huge", gate, () -> body(600));
        assertEquals(8, computed.get(), "a body over a quarter of the budget is not kept");
        ResponseCache off = new ResponseCache(0);
        off.get(1, "/a", gate, () -> body(1));
        off.get(1, "/a", gate, () -> body(1));
        assertEquals(10, computed.get());
    }
}
