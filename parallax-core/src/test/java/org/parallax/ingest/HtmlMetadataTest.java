package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parallax.model.DateSource;
import org.parallax.model.RawArticle;

/** Metadata of HTML pages: microdata, date sources and their precedence, and a page that says nothing. */
class HtmlMetadataTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    private static final String BODY = """
            <p>The Gullholm ferry will sail twice a day from March, the island council said on Tuesday, after a
            winter in which storms cancelled more than forty crossings and left the school bus stranded.</p>
            <p>Boats will leave the harbour at seven in the morning and at five in the afternoon, with an extra
            crossing on market days, according to the timetable published by the operator, Tidewater Lines.</p>
            """;

    private static String page(String head, String beforeBody) {
        return "<html><head><title>Ferry sails twice a day | Tidewater Gazette</title>" + head + "</head><body>"
                + beforeBody + "<article><div class='story-body'>" + BODY + "</div></article></body></html>";
    }

    private static final String META_DATE = "<meta property='article:published_time' content='2031-03-14T08:00:00Z'>";
    private static final String URL_DATE = "<link rel='canonical' href='https://gazette.example/2031/03/10/ferry'>";
    private static final String PLAIN_URL = "<link rel='canonical' href='https://gazette.example/islands/ferry'>";
    private static final String TEXT_DATE = "<div class='byline'>By Odile Brant, 1 March 2031</div>";

    @Test
    void metadataDateComesFirst() throws Rejected {
        RawArticle a = reader.read(page(META_DATE + URL_DATE, TEXT_DATE), "f", "f.html", LocalDate.of(2031, 4, 1));
        assertEquals(LocalDate.of(2031, 3, 14), a.published());
        assertEquals(DateSource.METADATA, a.publishedSource());
    }

    @Test
    void urlDateComesBeforeVisibleText() throws Rejected {
        RawArticle a = reader.read(page(URL_DATE, TEXT_DATE), "f", "f.html", LocalDate.of(2031, 4, 1));
        assertEquals(LocalDate.of(2031, 3, 10), a.published());
        assertEquals(DateSource.URL, a.publishedSource());
    }

    @Test
    void visibleBylineDateComesBeforeCrawlTime() throws Rejected {
        RawArticle a = reader.read(page(PLAIN_URL, TEXT_DATE), "f", "f.html", LocalDate.of(2031, 4, 1));
        assertEquals(LocalDate.of(2031, 3, 1), a.published());
        assertEquals(DateSource.TEXT, a.publishedSource());
    }

    @Test
    void datelineAtTheStartOfTheTextCounts() throws Rejected {
        String html = "<html><body><div class='story'><p>GULLHOLM, March 2, 2031 - The ferry will sail twice a"
                + " day from March, the island council said, after a stormy winter.</p>" + BODY + "</div></body>"
                + "</html>";
        RawArticle a = reader.read(html, "f", "f.html");
        assertEquals(LocalDate.of(2031, 3, 2), a.published());
        assertEquals(DateSource.TEXT, a.publishedSource());
    }

    @Test
    void crawlTimeOnlyWhenNothingElseDatesThePageAndThenFlagged() throws Rejected {
        RawArticle a = reader.read(page(PLAIN_URL, ""), "f", "f.html", LocalDate.of(2031, 4, 1));
        assertEquals(LocalDate.of(2031, 4, 1), a.published());
        assertEquals(DateSource.CRAWL, a.publishedSource());
        RawArticle b = reader.read(page(PLAIN_URL, ""), "f", "f.html");
        assertNull(b.published());
        assertNull(b.publishedSource());
    }

    @Test
    void readsMicrodata() throws Rejected {
        String html = """
                <html><head><title>Island news</title></head><body>
                <div itemscope itemtype="https://schema.org/NewsArticle">
                  <h1 itemprop="headline">Ferry sails twice a day</h1>
                  <span itemprop="author" itemscope><span itemprop="name">Odile Brant</span></span>
                  <time itemprop="datePublished" datetime="2031-03-14">14 March</time>
                  <meta itemprop="dateModified" content="2031-03-15T10:00:00+01:00">
                  <div itemprop="articleBody">%s</div>
                </div></body></html>
                """.formatted(BODY);
        RawArticle a = reader.read(html, "f", "f.html");
        assertEquals("Ferry sails twice a day", a.title());
        assertEquals("Odile Brant", a.author());
        assertEquals(LocalDate.of(2031, 3, 14), a.published());
        assertEquals(DateSource.METADATA, a.publishedSource());
        assertEquals(LocalDate.of(2031, 3, 15), a.modified());
        assertEquals(true, a.text().startsWith("The Gullholm ferry will sail"), a.text());
    }

    @Test
    void readsModifiedDateAndArticleBodyFromJsonLd() throws Rejected {
        String body = "The crossing takes forty minutes in calm weather, longer when the wind turns east. ".repeat(8);
        String html = """
                <html><head><script type="application/ld+json">
                {"@type": "NewsArticle", "headline": "Ferry sails twice a day", "datePublished": "2031-03-14",
                 "dateModified": "2031-03-20T09:00:00Z", "articleBody": "%s"}
                </script></head><body><div id="app"><p>Loading the island news, please wait.</p></div></body></html>
                """.formatted(body.strip());
        RawArticle a = reader.read(html, "f", "f.html");
        assertEquals(LocalDate.of(2031, 3, 20), a.modified());
        assertEquals(body.strip(), a.text());
    }

    @Test
    void pageWithoutMetadata() throws Rejected {
        String html = "<html><body><div class='story'>" + BODY + "</div></body></html>";
        RawArticle a = reader.read(html, "f", "f.html");
        assertNull(a.title());
        assertNull(a.author());
        assertNull(a.published());
        assertNull(a.publishedSource());
        assertNull(a.modified());
        assertNull(a.url());
        assertNull(a.outlet());
        assertNull(a.language());
        assertEquals(true, a.text().startsWith("The Gullholm ferry"), a.text());
    }
}
