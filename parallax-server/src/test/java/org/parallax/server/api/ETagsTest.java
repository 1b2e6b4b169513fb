package org.parallax.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void tagIsWeakAndDependsOnGenerationPathAndQuery() {
        String tag = ETags.of(35, "/api/v1/events", "page=2");
        assertTrue(tag.startsWith("W/\"z-") && tag.endsWith("\""), tag);
        assertEquals(tag, ETags.of(35, "/api/v1/events", "page=2"));
        assertNotEquals(tag, ETags.of(36, "/api/v1/events", "page=2"));
        assertNotEquals(tag, ETags.of(35, "/api/v1/events", "page=3"));
        assertNotEquals(tag, ETags.of(35, "/api/v1/outlets", "page=2"));
        assertEquals(ETags.of(1, "/a", null), ETags.of(1, "/a", ""));
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsListsAndStar() {
        String tag = "W/\"5-abc\"";
        assertTrue(ETags.matches("\"5-abc\"", tag));
        assertTrue(ETags.matches("W/\"5-abc\"", tag));
        assertTrue(ETags.matches("\"x\", \"5-abc\"", tag));
        assertTrue(ETags.matches("*", tag));
        assertFalse(ETags.matches("\"5-abd\"", tag));
        assertFalse(ETags.matches("5-abc", tag));
        assertFalse(ETags.matches(null, tag));
        assertFalse(ETags.matches(" ", tag));
    }
}
