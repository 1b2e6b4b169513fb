package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DeepNestingTest {

    private static int maxDepth(Element root) {
        int max = 0;
        for (Element e : root.getAllElements()) {
            int d = 0;
            for (Element p = e; p != root && p != null; p = p.parent()) {
                d++;
            }
            max = Math.max(max, d);
        }
        return max;
    }

    @Test
    void unwrapsTheWrappersPastTheLimitAndKeepsParagraphs() {
        String html = "<body><p>Before.</p>" + "<div>".repeat(400) + "<p>Deep <b>one</b>.</p><p>Deep two.</p>"
                + "</div>".repeat(400) + "<p>After.</p></body>";
        Document doc = Jsoup.parse(html);
        int unwrapped = DeepNesting.flatten(doc);
        assertEquals("Before. Deep one. Deep two. After.", doc.body().text());
        // html and body, 254 divs up to the limit; the other 146 divs unwrapped; then p and b.
        assertEquals(400 - (DeepNesting.MAX_DEPTH - 2), unwrapped);
        assertEquals(DeepNesting.MAX_DEPTH + 2, maxDepth(doc));
    }

    @Test
    void unwrapsEverythingPastTwiceTheLimit() {
        String html = "<body>" + "<span>x ".repeat(1000) + "</body>";
        Document doc = Jsoup.parse(html);
        String before = doc.body().text();
        DeepNesting.flatten(doc);
        assertEquals(before, doc.body().text());
        assertEquals(2 * DeepNesting.MAX_DEPTH, maxDepth(doc));
    }

    @Test
    void leavesAShallowPageAlone() {
        Document doc = Jsoup.parse("<body><div><p>Short <i>page</i>.</p></div></body>");
        String before = doc.outerHtml();
        assertEquals(0, DeepNesting.flatten(doc));
        assertEquals(before, doc.outerHtml());
    }
}
