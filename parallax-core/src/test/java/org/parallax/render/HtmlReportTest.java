package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Event;

class HtmlReportTest {
    private static final String EVIL_TITLE = "<img src=x onerror=alert(1)>";
    private static final String EVIL_TEXT = "Crowds gathered </p><script>alert(1)</script> at dawn.";

    @Test
    void indexListsEventsNewestFirstAndUndatedLast() {
        Event older = new Event("0c", "Velmora council approves budget", List.of(), LocalDate.of(2031, 2, 2), null);
        Analysis a = Fixtures.analysis();
        List<Event> events = new ArrayList<>(a.events());
        events.add(0, older);
        Document index = Jsoup.parse(HtmlReport.index(new Analysis(a.articles(), events, List.of())));
        assertEquals(List.of("Harbour bridge in Velmora reopens after repairs", "Velmora council approves budget",
                "Ferry crews in Velmora plan a strike"), index.select("li.event h2").eachText());
        assertEquals(List.of("events/e0f1.html", "events/0c.html", "events/9ab2.html"),
                index.select("li.event h2 a").eachAttr("href"));
        Element first = index.selectFirst("li.event");
        assertEquals("14–15 Mar 2031 · 2 articles", first.selectFirst(".meta").text());
        assertEquals("2031-03-15", first.selectFirst("time").attr("datetime"));
        assertEquals(List.of("Coastal Ledger", "Northern Wire"), first.select(".chips li").eachText());
        assertEquals("3 events · 3 articles · 3 outlets", index.selectFirst(".lede").text());
    }

    @Test
    void eventPageShowsEachArticleWithItsFacts() {
        Analysis a = Fixtures.analysis();
        Document page = Jsoup.parse(HtmlReport.eventPage(a, a.events().get(0)));
        assertEquals("Harbour bridge in Velmora reopens after repairs", page.selectFirst("h1").text());
        assertEquals("../index.html", page.selectFirst(".back a").attr("href"));
        List<Element> cards = page.select(".articles > article");
        assertEquals(2, cards.size());
        Element ledger = cards.get(0);
        assertEquals("article-b2", ledger.id());
        assertEquals("en", ledger.attr("lang"));
        assertEquals("Coastal Ledger", ledger.selectFirst(".outlet").text());
        assertEquals("Harbour bridge in Velmora reopens after repairs", ledger.selectFirst("h2").text());
        assertEquals(List.of("Author", "Published", "Source", "ID"), ledger.select("dt").eachText());
        assertEquals(List.of("Ines Varga", "14 Mar 2031", "https://ledger.example/velmora-bridge", "b2"),
                ledger.select("dd").eachText());
        assertEquals("https://ledger.example/velmora-bridge", ledger.selectFirst("dd a").attr("href"));
        assertEquals(List.of("The harbour bridge in Velmora reopened on Friday.",
                "About 1,200 cars crossed it in the first hour."), ledger.select(".text p").eachText());
        Element removed = ledger.selectFirst("details");
        assertFalse(removed.hasAttr("open"));
        assertEquals("Removed by the cleaner (2 lines)", removed.selectFirst("summary").text());
        assertEquals(List.of("Share this story", "Photo: Ledger archive"), removed.select("li").eachText());
        Element wire = cards.get(1);
        assertEquals(List.of("Published", "Source", "ID"), wire.select("dt").eachText());
        assertEquals("Nothing was removed by the cleaner.", wire.selectFirst(".note").text());
    }

    @Test
    void articleWithoutMetadataStillRenders() {
        Analysis a = Fixtures.analysis();
        Document page = Jsoup.parse(HtmlReport.eventPage(a, a.events().get(1)));
        Element card = page.selectFirst("article");
        assertEquals("Untitled article", card.selectFirst("h2").text());
        assertEquals(List.of("ID"), card.select("dt").eachText());
        assertFalse(card.hasAttr("lang"));
        assertEquals("Date unknown · 1 article · 1 outlet", page.selectFirst(".lede").text());
    }

    @Test
    void escapesAllArticleContent() {
        Article evil = new Article("x\"><script>alert(2)</script>", EVIL_TITLE, "<b>Outlet</b>",
                "<i onmouseover=alert(3)>Mallory</i>", LocalDate.of(2031, 1, 2), "javascript:alert(4)",
                "en\" onload=\"alert(5)", EVIL_TEXT, List.of("<iframe src=//evil.example></iframe>"));
        Event event = new Event("e1", "<svg onload=alert(6)>", List.of(evil.id()), null, null);
        Analysis analysis = new Analysis(List.of(evil), List.of(event), List.of());
        String index = HtmlReport.index(analysis);
        String page = HtmlReport.eventPage(analysis, event);

        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), page);
        assertTrue(page.contains("Crowds gathered &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt; at dawn."), page);
        assertTrue(index.contains("&lt;svg onload=alert(6)&gt;"), index);
        for (String html : List.of(index, page)) {
            for (String raw : List.of("<img", "<script", "<b>", "<i ", "<iframe", "<svg", "javascript:alert(4)\"")) {
                assertFalse(html.contains(raw), raw + " in\n" + html);
            }
            Document doc = Jsoup.parse(html);
            assertTrue(doc.select("script, img, iframe, svg, b, i, [onerror], [onload], [onmouseover]").isEmpty());
        }
        Document doc = Jsoup.parse(page);
        Element card = doc.selectFirst("article");
        assertEquals(EVIL_TITLE, card.selectFirst("h2").text());
        assertEquals(EVIL_TEXT, card.selectFirst(".text p").text());
        assertEquals("article-" + evil.id(), card.id());
        assertFalse(card.hasAttr("lang"), "an invalid language tag is left out");
        assertTrue(doc.select("a[href^=javascript]").isEmpty());
        assertEquals("javascript:alert(4)", card.select("dd").get(2).text(), "shown as text, not linked");
        assertEquals("<svg onload=alert(6)> · Parallax", doc.title());
    }

    @Test
    void linksOnlyWebAddresses() {
        for (String url : List.of("javascript:alert(1)", "data:text/html,<b>x</b>", "JAVASCRIPT:x", "//e.example")) {
            Article a = new Article("a", "t", "o", null, null, url, null, "x", List.of());
            Event e = new Event("e", "t", List.of("a"), null, null);
            Document page = Jsoup.parse(HtmlReport.eventPage(new Analysis(List.of(a), List.of(e), List.of()), e));
            assertTrue(page.select("article a").isEmpty(), url);
            assertEquals(url, page.select("dd").get(0).text());
        }
    }

    @Test
    void pagesAreSelfContainedAndLockedDown() {
        Analysis a = Fixtures.analysis();
        for (String html : List.of(HtmlReport.index(a), HtmlReport.eventPage(a, a.events().get(0)))) {
            Document doc = Jsoup.parse(html);
            assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                    + "form-action 'none'", doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
            assertTrue(doc.select("script, link, img, iframe, object, embed, [src]").isEmpty());
            assertEquals(1, doc.select("head style").size());
            assertFalse(html.contains("@import") || html.contains("url("), "no external style resources");
            assertEquals("width=device-width, initial-scale=1", doc.selectFirst("meta[name=viewport]").attr("content"));
            assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n"));
            assertFalse(html.contains("\r"));
        }
    }

    @Test
    void outputDoesNotDependOnArticleOrder() {
        Analysis a = Fixtures.analysis();
        List<Article> reversed = new ArrayList<>(a.articles());
        Collections.reverse(reversed);
        Analysis b = new Analysis(reversed, a.events(), List.of());
        assertEquals(HtmlReport.index(a), HtmlReport.index(b));
        assertEquals(HtmlReport.eventPage(a, a.events().get(0)), HtmlReport.eventPage(b, b.events().get(0)));
    }

    @Test
    void pageNamesStayInsideTheFolder() {
        assertEquals("e0f1.html", HtmlReport.pageName("e0f1"));
        assertEquals("event_7-b.html", HtmlReport.pageName("event_7-b"));
        for (String id : List.of("../../etc/passwd", "a/b", "a\\b", "", ".", "..", "NUL", "nul", "com1", "E0F1",
                "x".repeat(101), "-rf", "a.b", "é", "a b")) {
            String name = HtmlReport.pageName(id);
            assertTrue(HtmlReport.PAGE_NAME.matcher(name).matches(), id + " -> " + name);
            assertTrue(name.startsWith("id-") && name.length() == "id-".length() + 32 + ".html".length(), name);
        }
        assertFalse(HtmlReport.pageName("a/b").equals(HtmlReport.pageName("a\\b")));
        assertFalse(HtmlReport.pageName("E0F1").equals(HtmlReport.pageName("e0f1")));
    }

    @Test
    void saysSoWhenThereAreNoEvents() {
        Document index = Jsoup.parse(HtmlReport.index(new Analysis(List.of(), List.of(), List.of())));
        assertEquals("No events: no article could be read.", index.selectFirst(".empty").text());
        assertEquals("0 events · 0 articles · 0 outlets", index.selectFirst(".lede").text());
    }
}
