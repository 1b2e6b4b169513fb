package org.parallax.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parallax.model.Analysis;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Dossier;
import org.parallax.model.Event;
import org.parallax.model.Evidence;
import org.parallax.model.Figure;
import org.parallax.model.FigureValue;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.SpeakerType;
import org.parallax.store.EventSummary;
import org.parallax.store.OutletSummary;
import org.parallax.store.Page;
import org.parallax.store.SearchHit;
import org.parallax.store.StoredArticle;

/** Every page: its content, its links, and that hostile content stays text. */
class PagesTest {
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String SVG = "\"><svg onload=alert(1)>";
    static final String JS_URL = "javascript:alert(1)";

    private static final String TEXT_A = "Nine boats were lost " + IMG + " in the storm.\n\n"
            + "\u201c" + SCRIPT + " we stay,\u201d said " + SVG + ".";
    private static final String TEXT_B = "Eleven boats were lost in the storm, the harbour office said.";

    private static final Article A = new Article("a" + SVG, "Storm " + IMG, "Outlet " + SCRIPT, "Author " + SVG,
            LocalDate.of(2031, 5, 2), JS_URL, "en", TEXT_A, List.of());
    private static final Article B = new Article("b-1", "Harbour counts the losses", "Tidewater Gazette", null,
            LocalDate.of(2031, 5, 3), "https://tidewater.example/storm?a=1&b=2", "en", TEXT_B, List.of());

    private static Analysis analysis() {
        Figure boats = new Figure("boats lost " + IMG, "count", List.of(
                new FigureValue(9, false, List.of(A.id()), List.of(new Evidence(A.id(),
                        TEXT_A.substring(0, TEXT_A.indexOf('\n')), 0, TEXT_A.indexOf('\n')))),
                new FigureValue(11, false, List.of(B.id()), List.of(new Evidence(B.id(), TEXT_B, 0,
                        TEXT_B.length())))));
        Dossier d = new Dossier(List.of(), List.of(boats), List.of(boats), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        Event e = new Event("e1", "Storm " + SCRIPT, List.of(A.id(), B.id()), LocalDate.of(2031, 5, 2),
                LocalDate.of(2031, 5, 3));
        return new Analysis(List.of(A, B), List.of(e), List.of(), Map.of(), Map.of("e1", d));
    }

    private static Annotations annotationsOfA() {
        int q = TEXT_A.indexOf(SCRIPT);
        return new Annotations(List.of(), List.of(new Quote(SCRIPT + " we stay", QuoteKind.DIRECT, SVG,
                SpeakerType.PERSON, "said", IMG, "", q, q + SCRIPT.length() + 8)), List.of(), List.of(), List.of());
    }

    private static List<Document> everyPage() {
        EventFilter filter = EventFilter.parse(Map.of("q", SCRIPT, "outlet", SVG)::get);
        EventSummary row = new EventSummary("e1", "Storm " + SCRIPT, LocalDate.of(2031, 5, 2),
                LocalDate.of(2031, 5, 3), 2, List.of(A.outlet(), B.outlet()));
        SearchHit hit = new SearchHit("quote", A.id(), "e1", A.title(), A.outlet(), SVG,
                List.of(new SearchHit.Fragment("\u201c", false), new SearchHit.Fragment(SCRIPT, true),
                        new SearchHit.Fragment(" we stay " + IMG, false)), 1.5f);
        return List.of(
                parse(EventListPage.render(filter, new Page<>(List.of(row), 1, 20, 1), List.of(A.outlet()))),
                parse(DossierPage.render(analysis())),
                parse(ArticlePage.render(new StoredArticle(A, annotationsOfA(), "e1"), "Storm " + SCRIPT)),
                parse(SearchPage.render(SCRIPT, List.of(hit))),
                parse(OutletsPage.render(List.of(new OutletSummary(A.outlet(), 1, 1,
                        List.of(new OutletSummary.Cited(IMG, 1)))))),
                parse(NotFoundPage.render("article", SCRIPT)));
    }

    private static Document parse(UiPage page) {
        return Jsoup.parse(page.html());
    }

    @Test
    void hostileContentIsTextOnEveryPage() {
        for (Document doc : everyPage()) {
            assertEquals(List.of("/static/ui.js"), doc.select("script").eachAttr("src"), doc.title());
            assertTrue(doc.select("img, svg, iframe, object, embed").isEmpty(), doc.title());
            for (Element el : doc.getAllElements()) {
                for (Attribute at : el.attributes()) {
                    assertTrue(!at.getKey().toLowerCase().startsWith("on"), doc.title() + ": " + el);
                    if (at.getKey().equals("href") || at.getKey().equals("src") || at.getKey().equals("action")) {
                        String v = at.getValue().strip().toLowerCase();
                        assertTrue(v.startsWith("/") || v.startsWith("#") || v.startsWith("https://")
                                || v.startsWith("http://"), doc.title() + ": " + el);
                    }
                }
            }
            assertTrue(doc.select("[style]").isEmpty(), "no inline style attributes: " + doc.title());
        }
    }

    @Test
    void hostileContentIsShownAsWritten() {
        List<Document> pages = everyPage();
        assertEquals("Storm " + SCRIPT, pages.get(0).selectFirst(".event h2 a").text());
        assertEquals(SCRIPT, pages.get(0).selectFirst("input[name=q]").val());
        assertEquals(SVG, pages.get(0).selectFirst("select[name=outlet] option[selected]").val());
        assertEquals("Storm " + IMG, pages.get(2).selectFirst("h1").text());
        assertEquals(JS_URL, pages.get(2).select(".facts dd").get(2).text(), "the URL is shown, not linked");
        assertTrue(pages.get(3).selectFirst(".snippet mark").text().equals(SCRIPT));
        assertTrue(pages.get(5).selectFirst(".lede code").text().equals(SCRIPT));
    }

    @Test
    void theEventListLinksEachEventAndKeepsTheFilters() {
        EventFilter filter = EventFilter.parse(Map.of("q", "storm", "page", "2")::get);
        EventSummary row = new EventSummary("e1", "Harbour storm", LocalDate.of(2031, 5, 2),
                LocalDate.of(2031, 5, 3), 2, List.of("Ledger", "Tidewater Gazette"));
        Document doc = parse(EventListPage.render(filter, new Page<>(List.of(row), 2, 20, 45),
                List.of("Ledger", "Tidewater Gazette")));
        Element e = doc.selectFirst("#events .event");
        assertEquals("/events/e1", e.selectFirst("h2 a").attr("href"));
        assertEquals("2–3 May 2031 · 2 articles · 2 outlets", e.selectFirst(".meta").text());
        assertEquals(List.of("Ledger", "Tidewater Gazette"), e.select(".chips li").eachText());
        assertEquals("/?q=storm", doc.selectFirst(".pager a[rel=prev]").attr("href"));
        assertEquals("/?q=storm&page=3", doc.selectFirst(".pager a[rel=next]").attr("href"));
        assertEquals("Page 2 of 3", doc.selectFirst(".pager span").text());
        assertEquals("45 events match the filters", doc.selectFirst(".lede").text());
    }

    @Test
    void anEmptyWorkspaceSaysWhatToDo() {
        Document list = parse(EventListPage.render(EventFilter.parse(Map.<String, String>of()::get),
                new Page<>(List.of(), 1, 20, 0), List.of()));
        assertEquals("0 events, newest first", list.selectFirst(".lede").text());
        assertEquals("No events yet: add articles to the workspace.", list.selectFirst(".empty").text());
        assertTrue(list.select(".pager").isEmpty());
        Document filtered = parse(EventListPage.render(EventFilter.parse(Map.of("outlet", "Gone Gazette")::get),
                new Page<>(List.of(), 1, 20, 0), List.of("Ledger")));
        assertEquals("No event matches these filters.", filtered.selectFirst(".empty").text());
        assertEquals(List.of("", "Ledger", "Gone Gazette"),
                filtered.select("select[name=outlet] option").eachAttr("value"),
                "an outlet asked for stays chosen even when no article has it");
        assertEquals("No outlets yet: add articles to the workspace.",
                parse(OutletsPage.render(List.of())).selectFirst(".empty").text());
        assertTrue(parse(SearchPage.render(null, List.of())).select(".lede, #hits").isEmpty());
    }

    @Test
    void theDossierLinksEvidenceToMarkedSentencesAndArticlesToTheirPages() {
        Document doc = parse(DossierPage.render(analysis()));
        Element conflict = doc.selectFirst("#conflicts .item");
        assertEquals(List.of("9", "11"), conflict.select(".figure").eachText());
        Element evidence = conflict.select(".evidence a.said").get(1);
        Element mark = doc.getElementById(evidence.attr("href").substring(1));
        assertNotNull(mark);
        assertEquals(TEXT_B, mark.text());
        assertEquals("article-b-1", mark.closest("article").id());
        assertEquals(List.of("/articles/a%22%3E%3Csvg%20onload%3Dalert%281%29%3E", "/articles/b-1"),
                doc.select("#articles article h2 a").eachAttr("href"));
    }

    @Test
    void theArticlePageShowsItsEventSourceAndLegend() {
        Document doc = parse(ArticlePage.render(new StoredArticle(B, Annotations.EMPTY, "e1"), "Harbour storm"));
        assertEquals("https://tidewater.example/storm?a=1&b=2",
                doc.selectFirst(".facts a[rel~=noopener]").attr("href"));
        assertEquals("/events/e1", doc.selectFirst(".facts a[href^=/events]").attr("href"));
        assertEquals("Harbour storm", doc.selectFirst(".facts a[href^=/events]").text());
        assertTrue(doc.selectFirst(".note").text().startsWith("This article has no annotations"));
        Document annotated = parse(ArticlePage.render(new StoredArticle(A, annotationsOfA(), "e1"), null));
        assertEquals(List.of("Quote", "Speaker", "Number", "Date"), annotated.select(".legend span").eachText());
        assertEquals(SCRIPT + " we stay", annotated.selectFirst(".text .a-quote").text());
        assertEquals("Cue: said · via " + IMG, annotated.selectFirst("#quotes .in").text());
    }

    @Test
    void theSearchPageMarksMatchesAndLinksArticleAndEvent() {
        SearchHit hit = new SearchHit("article", "b-1", "e1", B.title(), B.outlet(), null,
                List.of(new SearchHit.Fragment("Eleven ", false), new SearchHit.Fragment("boats", true),
                        new SearchHit.Fragment(" were lost", false)), 2f);
        Document doc = parse(SearchPage.render("boats", List.of(hit)));
        Element h = doc.selectFirst("#hits .hit");
        assertEquals("Eleven boats were lost", h.selectFirst(".snippet").text());
        assertEquals("boats", h.selectFirst(".snippet mark").text());
        assertEquals("/articles/b-1", h.selectFirst("h2 a").attr("href"));
        assertEquals("/events/e1", h.selectFirst(".in a").attr("href"));
        assertEquals("1 result for boats, best first.", doc.selectFirst(".lede").text());
        assertEquals("No article or quote matches nothing.",
                parse(SearchPage.render("nothing", List.of())).selectFirst(".lede").text());
    }

    @Test
    void theOutletsPageCountsAndListsCitedSources() {
        Document doc = parse(OutletsPage.render(List.of(new OutletSummary("Tidewater Gazette", 3, 2,
                List.of(new OutletSummary.Cited("harbour office", 2), new OutletSummary.Cited("coast guard", 1))))));
        Element card = doc.selectFirst("#outlets .outlet-card");
        assertEquals("/?outlet=Tidewater+Gazette", card.selectFirst("h2 a").attr("href"));
        assertEquals("3 articles · 2 events", card.selectFirst(".meta").text());
        assertEquals(List.of("harbour office 2", "coast guard 1"), card.select(".cited li").eachText());
    }

    @Test
    void aPageStyleIsAllowedByItsHashAndNothingElseInline() {
        UiPage plain = NotFoundPage.render("event", "x");
        assertEquals("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
                plain.contentSecurityPolicy());
        UiPage styled = Layout.page("t", Layout.Section.NONE, "<p>x</p>", "a { color: red; }\n");
        assertTrue(styled.html().contains("<style>a { color: red; }\n</style>"));
        assertTrue(styled.contentSecurityPolicy().contains(
                "style-src 'self' 'sha256-" + Layout.sha256Base64("a { color: red; }\n") + "';"));
    }
}
