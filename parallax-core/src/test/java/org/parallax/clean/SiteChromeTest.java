package org.parallax.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;

/** Site chrome at the top and the bottom of plain-text exports: menus, site names, URL lines, lists, credits. */
class SiteChromeTest {
    private final Cleaner cleaner = new Cleaner();

    private Article clean(String text) {
        return cleaner.clean(RawArticle.ofText("a1", "a1.txt", text));
    }

    private static String paras(String... p) {
        return String.join("\n\n", p);
    }

    private static final String HEADLINE = "Orvin ferry resumes service after three weeks of repairs";
    private static final String BODY1 = "The Orvin river ferry carried its first passengers in three weeks on "
            + "Monday morning, after engineers replaced a cracked rudder bearing, the harbour office said.";
    private static final String BODY2 = "About 900 people a day use the crossing between the old town and the "
            + "Kessel quarter, and the detour over the Weir road added forty minutes to their journeys.";
    private static final String BODY3 = "The harbour office said a second ferry would be leased for the summer "
            + "so that the service can continue when the older boat goes in for its own inspection.";

    @Test
    void aMenuLineIsChromeAndNeverTheTitle() {
        Article a = clean(paras("Valmora Post\nHome | Town | Politics | Business | Sport | Culture\nSearch",
                HEADLINE, BODY1, BODY2));
        assertEquals(HEADLINE, a.title());
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(List.of("Valmora Post", "Home | Town | Politics | Business | Sport | Culture", "Search"),
                a.removed());
    }

    @Test
    void breadcrumbsWithOtherSeparatorsAreChromeToo() {
        for (String menu : List.of("Home » News » Region » Orvin valley", "Home > News > Orvin",
                "News / Region / Orvin valley", "Town • Region • World • Sport", "Town · Region · World")) {
            Article a = clean(paras(menu, HEADLINE, BODY1, BODY2));
            assertEquals(HEADLINE, a.title(), menu);
            assertEquals(List.of(menu), a.removed(), menu);
        }
    }

    @Test
    void menuLinesInsideTheTextAreRemovedButSentencesWithBarsOrSlashesStay() {
        String facts = "Open 24/7 for residents and/or visitors, the harbour office said in a statement.";
        Article a = clean(paras(HEADLINE, BODY1, "Email | Copy link | Print", facts, BODY2));
        assertEquals(paras(BODY1, facts, BODY2), a.text());
        assertEquals(List.of("Email | Copy link | Print"), a.removed());
        assertFalse(new Line("Floods in Orvin | Live updates").isMenu());
        assertFalse(new Line("The ferry, the bridge and the tunnel | what we know so far | map").isMenu());
        assertTrue(new Line("| Home | News | Sport |").isMenu());
        assertFalse(new Line("Updated 4 / 9 / 2031 6:04 PM").isMenu());
        assertFalse(new Line("ferries.select { |boat| boat.ready }.first").isMenu());
    }

    @Test
    void aSiteNameLineWithASectionIsChromeAtTheTop() {
        for (String site : List.of("THE VALMORA HERALD – World", "THE VALMORA HERALD - Region",
                "Valmora Evening Courier — Local News", "THE ORVIN VALLEY TIMES")) {
            Article a = clean(paras(site, HEADLINE, BODY1, BODY2));
            assertEquals(HEADLINE, a.title(), site);
            assertEquals(List.of(site), a.removed(), site);
        }
        assertFalse(new Line("Times Square Reopens After Floods").isSiteName());
        assertFalse(new Line("ORVIN FERRY BACK IN SERVICE").isSiteName());
        assertFalse(new Line("Ferry returns – and so do the crowds").isSiteName());
    }

    @Test
    void urlHeaderLinesFillTheUrlAndTheOutletAndLeaveTheText() {
        Article a = clean(paras(HEADLINE, "date 2031-04-02\nurl https://www.valmora-post.example/town/ferry-resumes",
                "By Ilka Rensch", BODY1, BODY2));
        assertEquals("https://www.valmora-post.example/town/ferry-resumes", a.url());
        assertEquals("valmora-post.example", a.outlet());
        assertEquals(LocalDate.of(2031, 4, 2), a.published());
        assertEquals("Ilka Rensch", a.author());
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(List.of("date 2031-04-02", "url https://www.valmora-post.example/town/ferry-resumes",
                "By Ilka Rensch"), a.removed());
    }

    @Test
    void labelledAndBareUrlLinesAreReadOnlyForHttp() {
        assertEquals("news.orvin.example", clean(paras(HEADLINE, "URL: https://news.orvin.example/a/1", BODY1,
                BODY2)).outlet());
        assertEquals("orvin.example", clean(paras(HEADLINE, "Source: http://orvin.example/ferry", BODY1,
                BODY2)).outlet());
        assertEquals("orvin.example", clean(paras(HEADLINE, "Link: <https://www.orvin.example/ferry>", BODY1,
                BODY2)).outlet());
        Article bare = clean(paras("https://www.orvin.example/ferry", HEADLINE, BODY1, BODY2));
        assertEquals("https://www.orvin.example/ferry", bare.url());
        assertEquals(HEADLINE, bare.title());
        assertEquals(List.of("https://www.orvin.example/ferry"), bare.removed());
        String embedded = "https://social.example/orvinharbour/status/1234";
        Article post = clean(paras(HEADLINE, BODY1, BODY2, embedded, BODY3));
        assertNull(post.url());
        assertEquals(paras(BODY1, BODY2, embedded, BODY3), post.text());
        Article ftp = clean(paras(HEADLINE, "url ftp://files.orvin.example/ferry.pdf", BODY1, BODY2));
        assertNull(ftp.url());
        assertEquals("unknown", ftp.outlet());
    }

    @Test
    void metadataWinsOverTheUrlLineAndTheOutletFallsBackToTheMetadataUrl() {
        RawArticle raw = new RawArticle("j1", "x.jsonl:1", SourceFormat.JSON, HEADLINE, null, null,
                "https://orvin-daily.example/ferry", "Orvin Daily", null,
                paras("url https://mirror.example/copy", BODY1, BODY2));
        Article a = cleaner.clean(raw);
        assertEquals("https://orvin-daily.example/ferry", a.url());
        assertEquals("Orvin Daily", a.outlet());
        assertEquals(paras(BODY1, BODY2), a.text());
        RawArticle noOutlet = new RawArticle("j2", "x.jsonl:2", SourceFormat.JSON, HEADLINE, null, null,
                "https://www.orvin-daily.example/ferry", null, null, paras(BODY1, BODY2));
        assertEquals("orvin-daily.example", cleaner.clean(noOutlet).outlet());
    }

    @Test
    void anAgencyCreditNoteLeavesTheText() {
        String note = "(Reporting by Ilka Rensch; editing by Tomas Brandt)";
        Article a = clean(paras(HEADLINE, BODY1, BODY2, note));
        assertEquals("Ilka Rensch", a.author());
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(List.of(note), a.removed());
        String aside = "(The ferry was built in 1988 and last refitted in 2024.)";
        assertEquals(paras(BODY1, aside, BODY2), clean(paras(HEADLINE, BODY1, aside, BODY2)).text());
    }

    @Test
    void tagRelatedAndMostReadListsAfterTheStoryAreRemoved() {
        List<String> tail = List.of("Share this article", "MOST READ", "Council votes to close the Weir road",
                "Weather: Rain returns to the valley by Friday", "Baker wins regional prize for rye bread",
                "Related: Orvin ferry halted after rudder cracks",
                "Tags: Orvin, ferry, transport, harbour");
        String[] all = new String[3 + tail.size()];
        all[0] = HEADLINE;
        all[1] = BODY1;
        all[2] = BODY2;
        for (int i = 0; i < tail.size(); i++) {
            all[3 + i] = tail.get(i);
        }
        Article a = clean(paras(all));
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(tail, a.removed());
    }

    @Test
    void aHeadlineShapedLineInsideTheStoryStays() {
        String subhead = "A crossing the quarter depends on";
        Article a = clean(paras(HEADLINE, BODY1, subhead, BODY2));
        assertEquals(paras(BODY1, subhead, BODY2), a.text());
        assertEquals(List.of(), a.removed());
    }

    @Test
    void theCaptionAboveAPhotoCreditGoesWithIt() {
        String caption = "Passengers board the ferry at the old-town landing on Monday morning.";
        String credit = "© Ilka Rensch / OPA";
        Article a = clean(paras(HEADLINE, BODY1, caption, credit, BODY2));
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(List.of(caption, credit), a.removed());
        // A credit may stand above its own caption: a sentence of the story above it is no caption.
        for (String story : List.of("He did not elaborate.", "Ilka Rensch is the harbour master who closed the landing.",
                "Two men stole the ferry's lifebuoys in March.")) {
            Article kept = clean(paras(HEADLINE, BODY1, story, "Photo: Valmora Harbour Office", BODY2));
            assertEquals(paras(BODY1, story, BODY2), kept.text(), story);
        }
        String last = "The ferry will run every twenty minutes from Tuesday.";
        Article footer = clean(paras(HEADLINE, BODY1, BODY2, last, "© 2031 Valmora Post. All rights reserved."));
        assertEquals(paras(BODY1, BODY2, last), footer.text());
    }

    @Test
    void aDividerAndAReaderFundedAppealAfterTheStoryAreRemoved() {
        String appeal = "The Orvin Lantern is independent and funded by its readers. If you value local reporting, "
                + "please consider supporting us with a monthly contribution.";
        Article a = clean(paras(HEADLINE, BODY1, BODY2, "—", appeal));
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(List.of("—", appeal), a.removed());
    }

    @Test
    void subscriptionOffersAndListenCallsAfterTheStoryAreRemoved() {
        String offer = "Subscribe to the Valmora Post for just 1 crown for the first month. Cancel any time.";
        String listen = "Listen to the full interview on Valmora Radio Play.";
        Article a = clean(paras(HEADLINE, BODY1, BODY2, listen, offer));
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(List.of(listen, offer), a.removed());
    }

    @Test
    void aBeatLineAtTheEndGivesTheAuthorAndLeaves() {
        String bio = "Ilka Rensch covers transport for the Post. Tomas Brandt is the Post's harbour correspondent.";
        Article a = clean(paras(HEADLINE, BODY1, BODY2, bio));
        assertEquals("Ilka Rensch", a.author());
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(List.of(bio), a.removed());
    }
}
