package org.parallax.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PageLinksTest {

    private static Map<String, List<String>> params(String... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.computeIfAbsent(kv[i], k -> new java.util.ArrayList<>()).add(kv[i + 1]);
        }
        return m;
    }

    @Test
    void nextKeepsOtherParametersInOrderAndReplacesPage() {
        Map<String, List<String>> p = params("q", "bridge collapse", "page", "2", "size", "10");
        assertEquals("/api/v1/events?q=bridge%20collapse&page=3&size=10",
                PageLinks.next("/api/v1/events", p, 2, 10, 31));
        assertEquals("/api/v1/events?q=bridge%20collapse&page=1&size=10",
                PageLinks.prev("/api/v1/events", p, 2, 10, 31));
    }

    @Test
    void pageIsAppendedWhenAbsentAndSpecialCharactersAreEncoded() {
        assertEquals("/e?outlet=A%26B%20News&page=2", PageLinks.next("/e", params("outlet", "A&B News"), 1, 20, 21));
    }

    @Test
    void noNextOnTheLastPageNoPrevOnTheFirst() {
        assertNull(PageLinks.next("/e", params(), 2, 10, 20));
        assertNull(PageLinks.prev("/e", params(), 1, 10, 20));
        assertNull(PageLinks.next("/e", params(), 1, 10, 0));
    }

    @Test
    void prevPastTheEndPointsAtTheLastPage() {
        assertEquals("/e?page=3", PageLinks.prev("/e", params("page", "9"), 9, 10, 25));
        assertEquals("/e?page=1", PageLinks.prev("/e", params("page", "4"), 4, 10, 0));
    }
}
