package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void acceptsWebAddresses() {
        assertEquals("https://ledger.example/a?b=1&c=2#d", Links.webUrl(" https://ledger.example/a?b=1&c=2#d "));
        assertEquals("HTTP://Wire.Example/x", Links.webUrl("HTTP://Wire.Example/x"));
    }

    @Test
    void rejectsEverythingElse() {
        assertNull(Links.webUrl("javascript:alert(1)"));
        assertNull(Links.webUrl(" JavaScript:alert(1)"));
        assertNull(Links.webUrl("data:text/html,<script>alert(1)</script>"));
        assertNull(Links.webUrl("vbscript:x"));
        assertNull(Links.webUrl("//ledger.example/a"));
        assertNull(Links.webUrl("/relative/path"));
        assertNull(Links.webUrl("https://"));
        assertNull(Links.webUrl("https:///path"));
        assertNull(Links.webUrl("https://a.example/x y"));
        assertNull(Links.webUrl("https://a.example/\"onmouseover=\"x"));
        assertNull(Links.webUrl("https://a.example/\u0000"));
        assertNull(Links.webUrl(null));
    }
}
