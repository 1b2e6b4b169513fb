package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Citation;
import org.parallax.model.CitedSource;
import org.parallax.model.Claim;
import org.parallax.model.Description;
import org.parallax.model.Dossier;
import org.parallax.model.Event;
import org.parallax.model.Evidence;
import org.parallax.model.Figure;
import org.parallax.model.FigureValue;
import org.parallax.model.Framing;
import org.parallax.model.Person;
import org.parallax.model.QuoteGroup;
import org.parallax.model.QuoteVariant;
import org.parallax.model.Syndication;
import org.parallax.model.TimelineEntry;

/** The event page as a dossier: sections, links to marked sentences, labels, escaping. */
class DossierPageTest {

    private static Document page() {
        Analysis a = DossierFixtures.analysis();
        return Jsoup.parse(HtmlReport.eventPage(a, a.events().get(0)));
    }

    @Test
    void showsTheSectionsInOrderThenTheArticles() {
        Document doc = page();
        assertEquals(List.of("agreement", "conflicts", "figures", "unique", "quotes", "sources", "wire", "people",
                "framing", "timeline", "articles"), doc.select("main > section").eachAttr("id"));
        assertEquals(List.of("#agreement", "#conflicts", "#figures", "#unique", "#quotes", "#sources", "#wire",
                "#people", "#framing", "#timeline", "#articles"), doc.select("nav.toc a").eachAttr("href"));
        assertEquals(3, doc.select("#articles article").size());
    }

    @Test
    void eachItemLinksToItsSentenceMarkedInItsArticle() {
        Document doc = page();
        Element agreement = doc.selectFirst("#agreement .item");
        assertEquals(DossierFixtures.LEAD, agreement.selectFirst(".statement").text());
        assertEquals("3 outlets: Riverside Post Tallbrook Courier wire-3", agreement.selectFirst(".by").text());
        Element courier = agreement.select(".by a").get(1);
        Element mark = doc.getElementById(courier.attr("href").substring(1));
        assertNotNull(mark);
        assertEquals("mark", mark.tagName());
        assertEquals(DossierFixtures.LEAD, mark.text());
        assertEquals("article-t1", mark.closest("article").id());
        assertTrue(mark.hasClass("wire"), "the lead is also shared wire text: one mark, highlighted");

        Element quote = doc.select("#quotes .item").get(0).select("a.said").get(1);
        assertEquals("We were lucky the wind turned", quote.text());
        assertEquals("We were lucky the wind turned", doc.getElementById(quote.attr("href").substring(1)).text());
    }

    @Test
    void conflictingSentencesStayMarkedInTheArticles() {
        Document doc = page();
        List<Element> evidence = doc.select("#conflicts .evidence a.said");
        assertEquals(3, evidence.size());
        for (Element link : evidence) {
            Element mark = doc.getElementById(link.attr("href").substring(1));
            assertTrue(mark.hasClass("conflict"), mark.outerHtml());
        }
        Element lead = doc.getElementById(doc.selectFirst("#agreement .item .by a").attr("href").substring(1));
        assertFalse(lead.hasClass("conflict"), lead.outerHtml());
        assertEquals(3, doc.select("#articles mark.conflict[id]").size());
    }

    @Test
    void conflictsShowEachValueWithItsOutletsAndSentences() {
        Element conflict = page().selectFirst("#conflicts .item");
        assertEquals("firefighters at the fire count", conflict.selectFirst(".about").text());
        assertEquals(List.of("18", "17"), conflict.select(".value .figure").eachText());
        Element eighteen = conflict.selectFirst(".value");
        assertEquals(List.of("Riverside Post", "wire-3"), eighteen.select(".by a").eachText());
        assertEquals(List.of("Riverside Post " + DossierFixtures.POST_COUNT, "wire-3 " + DossierFixtures.WIRE_COUNT),
                eighteen.select(".evidence li").eachText());
    }

    @Test
    void citationTableListsSourcesCitedBySeveralOutletsFirst() {
        Element table = page().selectFirst("#sources table");
        assertEquals(List.of("Source", "Riverside Post", "Tallbrook Courier", "wire-3"),
                table.select("thead th").eachText());
        assertEquals(List.of("the fire service", "NRA", "Mara Ode"), table.select("tbody th").eachText());
        assertEquals(List.of("reported", "", "reported"),
                table.select("tbody tr").get(1).select("td").stream().map(Element::text).toList());
    }

    @Test
    void theOtherSectionsShowTheirContent() {
        Document doc = page();
        assertEquals(List.of("date of the fire 5 Jun 2031 Riverside Post Tallbrook Courier wire-3",
                "hours the fire burned about 6 Tallbrook Courier"), doc.select("#figures tbody tr").eachText());
        assertEquals(List.of("Riverside Post", "Tallbrook Courier", "wire-3"), doc.select("#unique h3").eachText());
        assertEquals(2, doc.select("#wire .in a").size(), "the passage is found in both articles");
        assertEquals(2, doc.select("mark.wire").size());
        assertEquals(List.of("Riverside Post", "Tallbrook Courier"), doc.select("#people .item").get(0)
                .select("dt").eachText());
        assertEquals(List.of("inspection regime", "critics"), doc.select("#framing .column").get(0)
                .select("li").eachText());
        Element critics = doc.selectFirst("#framing a.term");
        assertEquals("inspection regime", critics.text());
        assertEquals("inspection regime", doc.getElementById(critics.attr("href").substring(1)).text());
        Element chief = doc.selectFirst("#people dd a");
        assertEquals("fire chief", chief.text());
        assertEquals("Fire chief", doc.getElementById(chief.attr("href").substring(1)).text(), "found ignoring case");
        assertEquals("2031-06-05", doc.selectFirst("#timeline time").attr("datetime"));
        assertEquals("wire-3", doc.selectFirst("#article-wire-3 .outlet").text(), "no outlet: the id");
    }

    @Test
    void theIndexPointsToWhereTheCoverageDiffers() {
        Document index = Jsoup.parse(HtmlReport.index(DossierFixtures.analysis()));
        Element differ = index.selectFirst("li.event .meta a.differ");
        assertEquals("1 figure reported differently", differ.text());
        assertEquals("events/f00d.html#conflicts", differ.attr("href"));
        assertTrue(Jsoup.parse(HtmlReport.index(Fixtures.analysis())).select("a.differ").isEmpty());
    }

    @Test
    void anEventWithoutADossierSaysSo() {
        Analysis a = Fixtures.analysis();
        Document one = Jsoup.parse(HtmlReport.eventPage(a, a.events().get(1)));
        assertEquals("One article: there is nothing to compare.", one.selectFirst(".dossier-none").text());
        Document two = Jsoup.parse(HtmlReport.eventPage(a, a.events().get(0)));
        assertEquals("No cross-source comparison is available for this event.",
                two.selectFirst(".dossier-none").text());
        assertTrue(two.select("mark").isEmpty());
    }

    @Test
    void badOffsetsAndUnknownArticlesNeitherCrashNorLink() {
        Article a = new Article("a", "t", "o", null, null, null, null, "Short text here.", List.of());
        Event e = new Event("e", "t", List.of("a"), null, null);
        Dossier d = new Dossier(List.of(new Claim("s", List.of("a", "ghost"), List.of(
                        new Evidence("a", "not in the text", -4, 999), new Evidence("ghost", "x", 0, 1),
                        new Evidence("a", "here", 0, 0)))),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        Analysis analysis = new Analysis(List.of(a), List.of(e), List.of(), Map.of(), Map.of("e", d));
        Document doc = Jsoup.parse(HtmlReport.eventPage(analysis, e));
        assertEquals(List.of("ev-a-a-0-16", "ev-a-a-11-15"), doc.select("mark").eachAttr("id"));
        assertEquals("ghost", doc.selectFirst("#agreement .by span.chip").text(), "unknown article: no link");
        assertEquals("Short text here.", doc.selectFirst(".text p").text());
    }

    @Test
    void missingValuesFromAFileNeitherCrashNorShowAsNull() {
        Article a = new Article("a", "t", "o", null, null, null, null, "Text.", List.of());
        Dossier d = new Dossier(List.of(new Claim(null, List.of(), List.of())),
                List.of(new Figure(null, null, List.of(new FigureValue(null, false, List.of(), List.of())))),
                List.of(new Figure(null, null, List.of())), List.of(new Claim(null, List.of(), List.of())),
                List.of(new QuoteGroup(null, List.of(new QuoteVariant("a", null, null, 0, 0)))),
                List.of(new Citation(null, null, null, null)), List.of(new CitedSource(null, List.of())),
                List.of(new Syndication(List.of(), List.of(), Double.NaN, null)),
                List.of(new Person(null, null, List.of(), List.of(new Description(null, null)))),
                List.of(new Framing(null, List.of())), List.of(new TimelineEntry(null, null, List.of(), List.of())));
        Event e = new Event("e", "t", List.of("a"), null, null);
        Analysis analysis = new Analysis(List.of(a), List.of(e), List.of(), Map.of(), Map.of("e", d));
        String html = HtmlReport.eventPage(analysis, e);
        String md = MarkdownReport.render(analysis);
        assertFalse(html.contains("null"), html);
        assertFalse(md.contains("null"), md);
        assertTrue(html.contains("Date unknown") && md.contains("Date unknown"));
    }

    @Test
    void escapesAllDossierContent() {
        String statement = "<script>alert(1)</script>";
        String speaker = "<img src=x onerror=alert(2)>";
        String source = "<iframe src=//evil.example></iframe>";
        String term = "<svg onload=alert(3)>";
        String via = "\"><a href=javascript:alert(4)>x</a>";
        String id = "x\" onmouseover=\"alert(5)";
        Article a = new Article(id, "t", "<b>Outlet</b>", null, LocalDate.of(2031, 1, 1), null, "en",
                "Before " + statement + " after.", List.of());
        Article b = new Article("b", "t", "unknown", null, null, null, "en", "Other text.", List.of());
        Evidence ev = new Evidence(id, statement, 7, 7 + statement.length());
        Dossier d = new Dossier(List.of(new Claim(statement, List.of(id, "b"), List.of(ev))),
                List.of(new Figure("<i>about</i>", "<u>kind</u>", List.of(
                        new FigureValue("<b>place</b>", false, List.of(id), List.of(ev))))),
                List.of(new Figure("<i>about</i>", "count", List.of(new FigureValue(statement, false, List.of(id),
                        List.of(ev))))),
                List.of(new Claim(statement, List.of(id), List.of(ev))),
                List.of(new QuoteGroup(speaker, List.of(new QuoteVariant(id, statement, via, 7, 32)))),
                List.of(new Citation(id, source, "<em>said</em>", statement)),
                List.of(new CitedSource(source, List.of(id, "b"))),
                List.of(new Syndication(List.of(id, "b"), List.of(statement), 2.5, "<kind>")),
                List.of(new Person(speaker, "<p>", List.of(id), List.of(new Description(term, id)))),
                List.of(new Framing(id, List.of(term))),
                List.of(new TimelineEntry("\"><script>", statement, List.of(id), List.of(ev))));
        Event e = new Event("e", "t", List.of(id, "b"), null, null);
        Analysis analysis = new Analysis(List.of(a, b), List.of(e), List.of(), Map.of(), Map.of("e", d));
        String html = HtmlReport.eventPage(analysis, e);
        for (String raw : List.of("<script", "<img", "<iframe", "<svg", "<b>", "<i>", "<u>", "<em>", "<kind>",
                "<a href=javascript", "\" onmouseover")) {
            assertFalse(html.contains(raw), raw);
        }
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, img, iframe, svg, b, i, u, em, kind, [onerror], [onload], [onmouseover], "
                + "a[href^=javascript]").isEmpty());
        assertEquals(statement, doc.selectFirst("#agreement .statement").text());
        assertEquals(speaker, doc.selectFirst("#quotes .speaker").text());
        assertEquals(source, doc.selectFirst("#sources tbody th").text());
        assertEquals(term, doc.selectFirst("#framing li").text());
        assertEquals("via " + via, doc.selectFirst("#quotes .via").text());
        for (Element link : doc.select("a[href^=#ev-]")) {
            assertTrue(link.attr("href").matches("#ev-[ax]-[A-Za-z0-9_-]+-\\d+-\\d+"), link.attr("href"));
            assertNotNull(doc.getElementById(link.attr("href").substring(1)), link.attr("href"));
        }
        Element mark = doc.selectFirst("mark");
        assertEquals(statement, mark.text());
    }
}
