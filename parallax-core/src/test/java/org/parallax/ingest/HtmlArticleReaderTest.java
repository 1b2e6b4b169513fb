package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;

class HtmlArticleReaderTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <meta charset="utf-8">
              <title>Bridge reopens after storm | The Avalon Courier</title>
              <meta property="og:title" content="Bridge reopens after storm (OG)">
              <meta property="og:site_name" content="The Avalon Courier">
              <meta property="og:url" content="https://www.avaloncourier.example/news/bridge-reopens">
              <meta name="author" content="Meta Author">
              <meta property="article:published_time" content="2031-03-14T09:30:00+01:00">
              <link rel="canonical" href="https://www.avaloncourier.example/news/bridge-reopens">
              <script type="application/ld+json">
              {"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "name": "Avalon Courier Online"},
                {"@type": ["NewsArticle"], "headline": "Bridge reopens after storm",
                 "author": [{"@type": "Person", "name": "Mara Quill"}, {"@type": "Person", "name": "Tobias Fenn"}],
                 "datePublished": "2031-03-13T22:10:00-05:00",
                 "publisher": {"@type": "Organization", "name": "Avalon Courier"}}
              ]}
              </script>
              <script>var tracking = "should never appear";</script>
            </head>
            <body>
              <header class="site-header"><a href="/">The Avalon Courier</a>
                <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
              </header>
              <div class="search-box"><form><input placeholder="Hi, what are you looking for?"></form></div>
              <main>
                <article class="story">
                  <header><h1>Bridge reopens after storm</h1><p class="byline">By Mara Quill and Tobias Fenn</p></header>
                  <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>
                  <div class="story-body">
                    <p>The Old Harbour Bridge reopened on Friday, three days after a storm tore loose two of its lamp
                    posts, the city council said.</p>
                    <figure><img src="bridge.jpg"><figcaption>The bridge at dawn. Photo: Lena Moss</figcaption></figure>
                    <h2>Traffic returns</h2>
                    <p>Buses, bicycles and delivery vans crossed again from seven in the morning, and the council
                    said the repairs had cost less than feared.</p>
                    <p>“We worked through the night,” said engineer Ada Brinkworth, who led the crew of twelve.</p>
                  </div>
                  <div class="related-articles"><h3>Related</h3>
                    <ul><li><a href="/a">Storm closes schools, roads and the ferry for a second day</a></li></ul>
                  </div>
                </article>
                <section id="comments"><h3>Leave a Comment</h3><p>Great news, finally, after all this time!</p></section>
              </main>
              <aside class="sidebar"><p>Most read: a long list of other stories, with commas, commas, commas.</p></aside>
              <footer><p>© 2031 The Avalon Courier, all rights reserved, everywhere, forever.</p></footer>
            </body>
            </html>
            """;

    @Test
    void readsMetadataFromJsonLdFirst() throws Rejected {
        RawArticle a = reader.read(PAGE, "bridge", "pages/bridge.html");
        assertEquals("bridge", a.id());
        assertEquals("pages/bridge.html", a.origin());
        assertEquals(SourceFormat.HTML, a.format());
        assertEquals("Bridge reopens after storm", a.title());
        assertEquals("Mara Quill, Tobias Fenn", a.author());
        assertEquals(LocalDate.of(2031, 3, 13), a.published());
        assertEquals("https://www.avaloncourier.example/news/bridge-reopens", a.url());
        assertEquals("avaloncourier.example", a.outlet());
        assertEquals("en", a.language());
    }

    @Test
    void extractsMainTextWithoutPageFurniture() throws Rejected {
        RawArticle a = reader.read(PAGE, "bridge", "bridge.html");
        assertEquals("""
                The Old Harbour Bridge reopened on Friday, three days after a storm tore loose two of its lamp \
                posts, the city council said.

                Traffic returns

                Buses, bicycles and delivery vans crossed again from seven in the morning, and the council \
                said the repairs had cost less than feared.

                “We worked through the night,” said engineer Ada Brinkworth, who led the crew of twelve.""",
                a.text());
    }

    @Test
    void fallsBackToOpenGraphAndMetaTags() throws Rejected {
        String page = """
                <html><head>
                <meta property="og:title" content="Ferry fares rise">
                <meta property="og:site_name" content="Nordholm Tidende">
                <meta name="author" content="Ivo Brandt">
                <meta property="article:published_time" content="2031-05-02">
                <meta property="og:locale" content="nb_NO">
                </head><body><div id="content">
                <p>Ferry fares to Nordholm will rise by a tenth in June, the operator said on Tuesday.</p>
                </div></body></html>""";
        RawArticle a = reader.read(page, "fares", "fares.html");
        assertEquals("Ferry fares rise", a.title());
        assertEquals("Ivo Brandt", a.author());
        assertEquals(LocalDate.of(2031, 5, 2), a.published());
        assertNull(a.url());
        assertEquals("Nordholm Tidende", a.outlet());
        assertEquals("nb", a.language());
        assertEquals("Ferry fares to Nordholm will rise by a tenth in June, the operator said on Tuesday.", a.text());
    }

    @Test
    void usesTitleTagTimeElementAndNoOutletWhenNothingElse() throws Rejected {
        String page = """
                <html><head><title>Quiet night at the lighthouse</title></head><body>
                <div><p>Nothing happened at the lighthouse, the keeper wrote, and she slept well.</p>
                <p><time datetime="2031-07-08T21:00:00Z">8 July</time> was a calm, clear, windless evening.</p></div>
                </body></html>""";
        RawArticle a = reader.read(page, "quiet", "quiet.html");
        assertEquals("Quiet night at the lighthouse", a.title());
        assertEquals(LocalDate.of(2031, 7, 8), a.published());
        assertNull(a.outlet());
        assertNull(a.author());
        assertEquals("Nothing happened at the lighthouse, the keeper wrote, and she slept well.\n\n"
                + "8 July was a calm, clear, windless evening.", a.text());
    }

    @Test
    void picksTheArticleOverALongerLinkList() throws Rejected {
        StringBuilder links = new StringBuilder("<div class=\"list\">");
        for (int i = 0; i < 30; i++) {
            links.append("<p><a href=\"/s").append(i).append("\">Another headline about the regional council, ")
                    .append("with a few commas, and more words</a></p>");
        }
        links.append("</div>");
        String page = "<html><body>" + links + "<div class=\"text\">"
                + "<p>The regional council met on Wednesday, argued for four hours, and passed the budget.</p>"
                + "<p>Opposition members said the road fund, the school fund and the port fund were too small.</p>"
                + "</div></body></html>";
        RawArticle a = reader.read(page, "budget", "budget.html");
        assertEquals("The regional council met on Wednesday, argued for four hours, and passed the budget.\n\n"
                + "Opposition members said the road fund, the school fund and the port fund were too small.", a.text());
    }

    @Test
    void keepsSiblingParagraphsOfTheBestContainer() throws Rejected {
        String page = "<html><body><div id=\"main\">"
                + "<div class=\"a\"><p>The first half of the story, with enough words and a comma, to score.</p>"
                + "<p>More of the first half, with more words, more commas, and more detail.</p></div>"
                + "<p>A bridging paragraph sits between the two halves of the story text, with some length.</p>"
                + "<div class=\"b\"><p>The second half of the story, again with words, commas, and detail.</p></div>"
                + "</div></body></html>";
        RawArticle a = reader.read(page, "halves", "halves.html");
        assertEquals("The first half of the story, with enough words and a comma, to score.\n\n"
                + "More of the first half, with more words, more commas, and more detail.\n\n"
                + "A bridging paragraph sits between the two halves of the story text, with some length.\n\n"
                + "The second half of the story, again with words, commas, and detail.", a.text());
    }

    @Test
    void repairsMojibakeInTextAndMetadata() throws Rejected {
        String page = "<html><head><title>CafÃ© closes</title></head><body><p>The cafÃ© on Quay Street "
                + "closed on Sunday, and its owner said: â€œIt was time.â€\u009d</p></body></html>";
        RawArticle a = reader.read(page, "cafe", "cafe.html");
        assertEquals("Café closes", a.title());
        assertEquals("The café on Quay Street closed on Sunday, and its owner said: “It was time.”", a.text());
    }

    @Test
    void rejectsPageWithoutText() {
        Rejected e = assertThrows(Rejected.class,
                () -> reader.read("<html><body><nav><a href='/'>Home</a></nav></body></html>", "x", "x.html"));
        assertEquals("no article text found in the page", e.getMessage());
    }

    @Test
    void toleratesBrokenJsonLd() throws Rejected {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", headline</script>"
                + "<meta property=\"og:title\" content=\"Still titled\"></head>"
                + "<body><p>A body paragraph long enough to count as the text of the page.</p></body></html>";
        assertEquals("Still titled", reader.read(page, "x", "x.html").title());
    }

    @Test
    void keepsPagePartsThatHoldMostOfThePage() throws Rejected {
        // Broken markup: the banner <header> is never closed and so wraps the whole article.
        String page = "<html><body><header role=\"banner\"><a href=\"/\">Home</a>"
                + "<div class=\"story\"><p>The lock keeper retired after forty years, and the village held a party.</p>"
                + "<p>Children painted the gates blue, and the mayor gave a short speech about the canal.</p></div>"
                + "</body></html>";
        assertEquals("The lock keeper retired after forty years, and the village held a party.\n\n"
                + "Children painted the gates blue, and the mayor gave a short speech about the canal.",
                reader.read(page, "lock", "lock.html").text());
    }

    @Test
    void keepsArticleBodyInsideBlocksMisnamedByLayout() throws Rejected {
        String page = "<html><body><div class=\"social-sticky\"><div itemprop=\"articleBody\">"
                + "<p>Snow closed the mountain pass on Thursday, stranding two coaches overnight.</p>"
                + "<p>Road crews, working in shifts, cleared the pass by noon on Friday, the regional office said.</p>"
                + "</div></div>"
                + "<div class=\"entry-content-read-more\"><p>Read more: an older story about a bridge, with a "
                + "comma.</p></div>"
                + "<div class=\"share-bar\"><p>Share this story with your friends, family, and colleagues today.</p>"
                + "</div></body></html>";
        assertEquals("Snow closed the mountain pass on Thursday, stranding two coaches overnight.\n\n"
                + "Road crews, working in shifts, cleared the pass by noon on Friday, the regional office said.",
                reader.read(page, "snow", "snow.html").text());
    }

    @Test
    void keepsLayoutWrappersNamedLikeSidebarsWhenTheyHoldParagraphs() throws Rejected {
        String page = "<html><body><div class=\"zen-one-sidebar-second\"><div class=\"field-content\">"
                + "<p>The orchard harvest came in early this year, after a dry and unusually warm September.</p>"
                + "<p>Growers said the apples were small but sweet, and prices at the market held steady.</p>"
                + "</div></div><div class=\"sidebar\"><p>Weather: sunny, with a light breeze.</p></div></body></html>";
        assertEquals("The orchard harvest came in early this year, after a dry and unusually warm September.\n\n"
                + "Growers said the apples were small but sweet, and prices at the market held steady.",
                reader.read(page, "orchard", "orchard.html").text());
    }

    @Test
    void readsDivParagraphsBrokenByLineBreaks() throws Rejected {
        String page = "<html><body><div class=\"nav-links\"><a href=\"/\">Home</a> <a href=\"/b\">Blog</a></div>"
                + "<div class=\"entry\">The first night under the stars was cold, clear, and very quiet.<br>"
                + "By morning, frost covered the tents, the cars, and the old fence.</div></body></html>";
        assertEquals("The first night under the stars was cold, clear, and very quiet.\n\n"
                + "By morning, frost covered the tents, the cars, and the old fence.",
                reader.read(page, "stars", "stars.html").text());
    }

    @Test
    void titleSkipsALogoHeadingAndStripsTheSiteFromTheTitleTag() throws Rejected {
        String body = "<body><h1>Gazette</h1><div><h1>Council approves tram line</h1>"
                + "<p>The council approved the tram line on Tuesday, after a long and noisy debate.</p></div></body>";
        String withH1 = "<html><head><title>Council approves tram line - Gazette</title>"
                + "<meta name=\"author\" content=\"By Ola Vik\"></head>" + body + "</html>";
        RawArticle a = reader.read(withH1, "tram", "tram.html");
        assertEquals("Council approves tram line", a.title());
        assertEquals("Ola Vik", a.author());
        String noH1 = "<html><head><title>Gazette | Council approves tram line on Tuesday</title></head><body>"
                + "<p>The council approved the tram line on Tuesday, after a long and noisy debate.</p></body></html>";
        assertEquals("Council approves tram line on Tuesday", reader.read(noH1, "tram", "tram.html").title());
        String onlyLogo = "<html><head><title>Tram line</title></head><body><h1>Gazette</h1>"
                + "<p>The council approved the tram line on Tuesday, after a long and noisy debate.</p></body></html>";
        assertEquals("Tram line", reader.read(onlyLogo, "tram", "tram.html").title());
    }

    @Test
    void joinsSectionsThatScoreAlikeUnderTheirCommonAncestor() throws Rejected {
        StringBuilder page = new StringBuilder("<html><body><div class=\"teasers\"><p><a href=\"/x\">Other news, "
                + "other places, other days</a></p></div><div id=\"wrap\">");
        String[] sections = {"north", "east", "south", "west"};
        for (String side : sections) {
            page.append("<div class=\"row\"><div class=\"col\"><p>On the ").append(side)
                    .append(" shore, the water rose by a metre, the wardens said, and the path was closed.</p>")
                    .append("<p>Volunteers, wardens and two farmers moved the sheep to higher ground.</p></div>")
                    .append("<div class=\"spacer\"></div></div>");
        }
        page.append("</div></body></html>");
        String text = reader.read(page.toString(), "flood", "flood.html").text();
        for (String side : sections) {
            assertEquals(true, text.contains("On the " + side + " shore"), side + " missing from: " + text);
        }
        assertEquals(false, text.contains("Other news"), text);
    }
}
