package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {

    private static String extract(String html) {
        return MainTextExtractor.extract(Jsoup.parse(html));
    }

    /** Three paragraphs about a fictional ferry line, long enough to look like an article. */
    private static final String STORY = """
            <p>The Gullholm ferry will sail twice a day from March, the island council said on Tuesday, after a
            winter in which storms cancelled more than forty crossings and left the school bus stranded.</p>
            <h2>New timetable</h2>
            <p>Boats will leave the harbour at seven in the morning and at five in the afternoon, with an extra
            crossing on market days, according to the timetable published by the operator, Tidewater Lines.</p>
            <p>“We listened to the families who commute,” said harbour master Odile Brant, who has run the quay for
            eleven years, adding that the fares would stay the same until the autumn at least.</p>
            """;

    private static final String EXPECTED = """
            The Gullholm ferry will sail twice a day from March, the island council said on Tuesday, after a \
            winter in which storms cancelled more than forty crossings and left the school bus stranded.

            New timetable

            Boats will leave the harbour at seven in the morning and at five in the afternoon, with an extra \
            crossing on market days, according to the timetable published by the operator, Tidewater Lines.

            “We listened to the families who commute,” said harbour master Odile Brant, who has run the quay for \
            eleven years, adding that the fares would stay the same until the autumn at least.""";

    @Test
    void removesNavigationCommentsRelatedShareCookieAndCaptions() {
        String html = """
                <html><body>
                <div id="cookie-banner"><p>We use cookies to improve your experience on this site, accept them all
                or choose which ones you allow.</p></div>
                <nav class="main-menu"><a href="/">Home</a> <a href="/islands">Islands</a></nav>
                <div class="wrapper">
                  <article class="story">
                    <div class="share-bar"><a href="#">Share on social media</a> <span>Share by email</span></div>
                    <figure><img src="ferry.jpg"><figcaption>The ferry leaving Gullholm at dawn, photographed from
                    the lighthouse by a reader.</figcaption></figure>
                    <div class="story-body">%s</div>
                    <div class="related-stories"><h3>Related</h3><p>Island school gets a new roof after a long
                    campaign by parents and teachers, who raised money at the harvest fair.</p></div>
                  </article>
                  <section id="comments"><h3>3 comments</h3><p>Finally some good news for the island, I hope the
                  fares really stay the same this time, we have been waiting for years.</p></section>
                </div>
                <footer><p>Tidewater Gazette, all rights reserved, reproduction only with written permission.</p>
                </footer>
                </body></html>
                """.formatted(STORY);
        assertEquals(EXPECTED, extract(html));
    }

    @Test
    void dropsHeadingsThatIntroduceOnlyLinks() {
        String html = """
                <html><body><div class="content">%s
                <h3>More on this topic</h3>
                <ul><li><a href="/a">Storm closes the quay again</a></li><li><a href="/b">Fares frozen</a></li></ul>
                </div></body></html>
                """.formatted(STORY);
        assertEquals(EXPECTED, extract(html));
    }

    @Test
    void trimsShortBoilerplateAfterTheArticle() {
        String html = """
                <html><body><div class="entry">%s
                <p>Did you like this article?</p>
                <p>Tags: ferry, island</p>
                </div>
                <div class="links"><a href="/1">Older posts and other stories from the islands</a></div>
                </body></html>
                """.formatted(STORY);
        assertEquals(EXPECTED, extract(html));
    }

    @Test
    void keepsListsAndLeadInsideTheArticle() {
        String html = """
                <html><body><article><header><h1>Ferry sails twice a day</h1>
                <p class="lead">Islanders get a second daily crossing from March.</p></header>
                <div class="body">%s<ul><li>Morning boat at seven</li><li>Evening boat at five</li></ul></div>
                </article></body></html>
                """.formatted(STORY);
        assertEquals("Ferry sails twice a day\n\nIslanders get a second daily crossing from March.\n\n" + EXPECTED
                + "\n\nMorning boat at seven\n\nEvening boat at five", extract(html));
    }

    @Test
    void findsTextOutsideTheBestScoringBoxWhenBlocksSayThereIsMore() {
        // A recipe: the instructions are list items, which the container scoring does not count; a short intro
        // paragraph would otherwise win.
        String html = """
                <html><body>
                <div class="intro"><p>A quick supper from the island kitchen, ready in twenty minutes.</p></div>
                <ol class="steps">
                <li>Warm two spoons of oil in a wide pan and soften the sliced onions slowly over a low flame until
                they turn golden and sweet, stirring every minute or so to keep them from catching.</li>
                <li>Add the smoked fish in large flakes, the boiled potatoes in thick slices and a handful of chopped
                dill, then season with pepper and a little salt and cook for five more minutes.</li>
                <li>Serve straight from the pan with rye bread and pickled cucumbers, as the ferry crews do on the
                long winter crossings when the galley has nothing else left to offer.</li>
                </ol></body></html>
                """;
        String text = extract(html);
        assertEquals(true, text.contains("Warm two spoons of oil"), text);
        assertEquals(true, text.contains("Serve straight from the pan"), text);
    }

    @Test
    void readsNoscriptWhenItHoldsThePage() {
        String html = "<html><body><div id='app'>Loading</div><noscript><div class='story'>" + STORY
                + "</div></noscript></body></html>";
        assertEquals(EXPECTED, extract(html));
        String small = "<html><body><div class='story'>" + STORY + "</div><noscript><p>Please enable scripts to"
                + " see the comments and the interactive map.</p></noscript></body></html>";
        assertEquals(EXPECTED, extract(small));
    }

    @Test
    void pageWithoutParagraphsGivesItsText() {
        assertEquals("Closed for the winter.", extract("<html><body><div>Closed for the winter.</div></body></html>"));
        assertEquals("", extract("<html><body></body></html>"));
    }
}
