package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupCharacters() {
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", Html.escape("<img src=x onerror=alert(1)>"));
        assertEquals("a &amp;amp; b &quot;c&quot; &#39;d&#39;", Html.escape("a &amp; b \"c\" 'd'"));
    }

    @Test
    void keepsOrdinaryTextAndWhitespace() {
        assertEquals("Straße „Nord“ 🚢\tend\nnext", Html.escape("Straße „Nord“ 🚢\tend\nnext"));
    }

    @Test
    void replacesCharactersHtmlForbids() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd", Html.escape("a\u0000b\u0085c\uD800d"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", Html.escape(null));
    }
}
