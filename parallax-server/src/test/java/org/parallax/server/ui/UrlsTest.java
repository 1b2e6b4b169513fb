package org.parallax.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Ids and values stay inside their path segment or parameter. */
class UrlsTest {
    @Test
    void encodesIdsAsOnePathSegment() {
        assertEquals("/events/3f2a", Urls.event("3f2a"));
        assertEquals("/articles/..%2Fx%3Fy%3D1%20z", Urls.article("../x?y=1 z"));
        assertEquals("/articles/javascript%3Aalert%281%29", Urls.article("javascript:alert(1)"));
    }

    @Test
    void encodesQueryValues() {
        assertEquals("/search?q=%22wire+text%22+%26+more", Urls.search("\"wire text\" & more"));
        assertEquals("/?outlet=The+Meridian+Post", Urls.outlet("The Meridian Post"));
    }
}
