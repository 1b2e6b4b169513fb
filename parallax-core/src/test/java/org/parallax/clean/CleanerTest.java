package org.parallax.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;

class CleanerTest {
    private final Cleaner cleaner = new Cleaner();

    private Article clean(String text) {
        return cleaner.clean(RawArticle.ofText("a1", "a1.txt", text));
    }

    private static String paras(String... p) {
        return String.join("\n\n", p);
    }

    private static final String BODY1 = "The Orvin river rose by 2.4 metres overnight, flooding 300 homes in the "
            + "lower town, the regional water board said on Saturday.";
    private static final String BODY2 = "Mayor Ilse Varga told residents that the emergency shelters at the "
            + "sports hall would stay open until the water level falls below the warning mark.";
    private static final String BODY3 = "Engineers from the board expect the river to crest on Sunday evening, "
            + "before rain returns to the hills on Tuesday.";

    @Test
    void readsDateHeaderBylineAndHeadlinePastSiteChrome() {
        Article a = clean(paras("Menu", "Skip to content", "Hello! What are you searching for today?", "The Courier",
                " date 2031-03-07 Home page world", "By Lena Hart and Tomas Brandt",
                "Orvin River Floods Lower Town As Shelters Fill", BODY1, BODY2));
        assertEquals("Orvin River Floods Lower Town As Shelters Fill", a.title());
        assertEquals("Lena Hart and Tomas Brandt", a.author());
        assertEquals(LocalDate.of(2031, 3, 7), a.published());
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(List.of("Menu", "Skip to content", "Hello! What are you searching for today?", "The Courier",
                "date 2031-03-07 Home page world", "By Lena Hart and Tomas Brandt"), a.removed());
        assertEquals("unknown", a.outlet());
        assertEquals("en", a.language());
    }

    @Test
    void ofLabelGivesTheAuthorAndALedeSentenceIsTheTitleButStaysInTheText() {
        String lede = "Shortly before the harvest fair, the town council announces a vote on the new market hall.";
        Article a = clean(paras("Published: 12 May 2031 | Region", "Of: Mara Kessel", lede, BODY1, BODY2));
        assertEquals(lede, a.title());
        assertEquals("Mara Kessel", a.author());
        assertEquals(LocalDate.of(2031, 5, 12), a.published());
        assertEquals(paras(lede, BODY1, BODY2), a.text());
        assertEquals(List.of("Published: 12 May 2031 | Region", "Of: Mara Kessel"), a.removed());
    }

    @Test
    void writtenByAndBioLinesGiveTheAuthorAndLeaveTheText() {
        Article a = clean(paras("Orvin River Floods Lower Town As Shelters Fill", BODY1, BODY2,
                "Petra Lind is The Valmora Courier's Breaking News Editor.",
                "Written By",
                "Petra Lind is The Valmora Courier's Breaking News Editor. She is a Danish author and journalist "
                        + "based in Lisbon. Her books explore river towns and their floods."));
        assertEquals("Petra Lind", a.author());
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(List.of("Petra Lind is The Valmora Courier's Breaking News Editor.", "Written By",
                "Petra Lind is The Valmora Courier's Breaking News Editor. She is a Danish author and journalist "
                        + "based in Lisbon. Her books explore river towns and their floods."), a.removed());
    }

    @Test
    void aReporterBioLineAnywhereGivesTheAuthor() {
        Article a = clean(paras("Orvin River Floods Lower Town As Shelters Fill", BODY1,
                "Jonas Erdman is a reporter at the Valmora Courier covering climate.", BODY2));
        assertEquals("Jonas Erdman", a.author());
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(List.of("Jonas Erdman is a reporter at the Valmora Courier covering climate."), a.removed());
    }

    @Test
    void removesShareFollowNewsletterAndContactLines() {
        Article a = clean(paras("Orvin River Floods Lower Town As Shelters Fill", BODY1,
                "Share this article", BODY2,
                "Follow us on Facebook and Instagram for live updates.",
                "Sign up for our morning newsletter",
                "Got a tip? Contact us at tips@valmora-courier.example.",
                "Email: [email\u00A0protected]"));
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(List.of("Share this article", "Follow us on Facebook and Instagram for live updates.",
                "Sign up for our morning newsletter", "Got a tip? Contact us at tips@valmora-courier.example.",
                "Email: [email protected]"), a.removed());
    }

    @Test
    void removesTheDonationAppealBlockAtTheEndWithTheShortLinesInsideIt() {
        String appeal = "The coming year will test every small newsroom. Honest stories must be told, whatever "
                + "they cost. Please support the Courier by becoming a monthly donor.";
        Article a = clean(paras("Orvin River Floods Lower Town As Shelters Fill", BODY1, BODY2, BODY3,
                "The Courier made it through 2030 thanks to its readers!", "Let's keep going together.",
                appeal));
        assertEquals(paras(BODY1, BODY2, BODY3), a.text());
        assertEquals(List.of("The Courier made it through 2030 thanks to its readers!", "Let's keep going together.",
                appeal), a.removed());
    }

    @Test
    void aReportedLineThatEndsWithALinkIsContentEvenAtTheEnd() {
        String reported = "Turnout reached 64 percent, the election board said. See the full results here.";
        Article a = clean(paras("Orvin River Floods Lower Town As Shelters Fill", BODY1, BODY2, reported,
                "Floods Valmora"));
        assertEquals(paras(BODY1, BODY2, reported), a.text());
        assertEquals(List.of("Floods Valmora"), a.removed());
    }

    @Test
    void aShortSentenceOrASubheadingBetweenTwoBoilerplateLinesStays() {
        String declined = "He declined to comment further.";
        String caption = "Rescue boats at the sports hall. Photo: Valmora Fire Service";
        String link = "Read more: Valmora council closes the old bridge";
        Article a = clean(paras("Orvin River Floods Lower Town As Shelters Fill", BODY1, caption,
                "Warnings Ignored for Years", link, BODY2, link + " again", declined, "Post a Comment"));
        assertEquals(paras(BODY1, "Warnings Ignored for Years", BODY2, declined), a.text());
        assertEquals(List.of(caption, link, link + " again", "Post a Comment"), a.removed());
    }

    @Test
    void removesCommentPromptsButKeepsSentencesAboutComment() {
        String declined = "He declined to comment further.";
        Article a = clean(paras("Orvin River Floods Lower Town As Shelters Fill", BODY1, BODY2, declined,
                "Post a Comment", "0 comments"));
        assertEquals(paras(BODY1, BODY2, declined), a.text());
        assertEquals(List.of("Post a Comment", "0 comments"), a.removed());
    }

    @Test
    void removesCaptionsAndPhotoCredits() {
        Article a = clean(paras("Orvin River Floods Lower Town As Shelters Fill", BODY1,
                "Residents carrying sandbags along the Orvin embankment. \u00A9 KARL DOVE/AFP", BODY2,
                "Rescue boats at the sports hall. Image Credit: Valmora Fire Service.",
                BODY3,
                "Mayor Ilse Varga visiting the flooded lower town (via video link)."));
        assertEquals(paras(BODY1, BODY2, BODY3), a.text());
        assertEquals(List.of("Residents carrying sandbags along the Orvin embankment. \u00A9 KARL DOVE/AFP",
                "Rescue boats at the sports hall. Image Credit: Valmora Fire Service.",
                "Mayor Ilse Varga visiting the flooded lower town (via video link)."), a.removed());
    }

    @Test
    void aShortDescriptiveLineWithoutAVerbBetweenParagraphsIsACaption() {
        Article a = clean(paras("Orvin River Floods Lower Town As Shelters Fill", BODY1,
                "Valmora volunteers filling sandbags near the old bridge.", BODY2));
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(List.of("Valmora volunteers filling sandbags near the old bridge."), a.removed());
    }

    @Test
    void shortSentencesWhoseVerbsTheCleanerDoesNotKnowAreNotCaptions() {
        List<String> sentences = List.of("Monday's flooding follows two storms last week in the hills.",
                "Varga spent two weeks touring the flooded villages.",
                "The rebuilding work continues to this day.",
                "He beat the deadline, saving the harvest.");
        Article a = clean(paras("Orvin River Floods Lower Town As Shelters Fill", BODY1, sentences.get(0), BODY2,
                sentences.get(1), BODY3, sentences.get(2), BODY1, sentences.get(3), BODY2));
        assertEquals(paras(BODY1, sentences.get(0), BODY2, sentences.get(1), BODY3, sentences.get(2), BODY1,
                sentences.get(3), BODY2), a.text());
        assertEquals(List.of(), a.removed());
    }

    @Test
    void questionsToTheReaderInsideTheArticleAreContentButASearchPromptIsNot() {
        Article a = clean(paras("What are you searching for?", "Did You Feel the Tremor Last Night?", BODY1,
                "Have you checked your cellar for water?", BODY2));
        assertEquals("Did You Feel the Tremor Last Night?", a.title());
        assertEquals(paras(BODY1, "Have you checked your cellar for water?", BODY2), a.text());
        assertEquals(List.of("What are you searching for?"), a.removed());
    }

    @Test
    void removesATagListAtTheEndButKeepsSubheadingsInTheBody() {
        Article a = clean(paras("Orvin River Floods Lower Town As Shelters Fill", BODY1,
                "What Happens to the Shelters Now?", BODY2, "Warnings Ignored for Years", BODY3,
                "Floods Valmora Climate"));
        assertEquals(paras(BODY1, "What Happens to the Shelters Now?", BODY2, "Warnings Ignored for Years", BODY3),
                a.text());
        assertEquals(List.of("Floods Valmora Climate"), a.removed());
    }

    @Test
    void keepsQuotesNumbersAndShortRealSentences() {
        List<String> content = List.of(
                "\u201cFollow the water, not the forecasts,\u201d the engineer told reporters.",
                "\u201cShare what you have with your neighbours,\u201d Varga said.",
                "Some 1,200 volunteers signed up on Saturday, the board said.",
                "Nobody was hurt.",
                BODY3);
        String[] all = new String[content.size() + 2];
        all[0] = "Orvin River Floods Lower Town As Shelters Fill";
        all[1] = BODY1;
        for (int i = 0; i < content.size(); i++) {
            all[i + 2] = content.get(i);
        }
        Article a = clean(paras(all));
        assertEquals(paras(BODY1, String.join("\n\n", content)), a.text());
        assertEquals(List.of(), a.removed());
    }

    @Test
    void repeatedLabelsAreRemoved() {
        Article a = clean(paras("Orvin River Floods Lower Town As Shelters Fill", BODY1, "ADVERTISEMENT", BODY2,
                "Promoted Stories", BODY3, "Promoted Stories"));
        assertEquals(paras(BODY1, BODY2, BODY3), a.text());
        assertEquals(List.of("ADVERTISEMENT", "Promoted Stories", "Promoted Stories"), a.removed());
    }

    @Test
    void metadataWinsAndTheRepeatedHeadlineLeavesTheTextWithoutBeingListed() {
        RawArticle raw = new RawArticle("j7", "feed.jsonl:7", SourceFormat.JSON, "Orvin  river floods lower town",
                "Desk Staff", LocalDate.of(2031, 3, 8), "https://courier.example/orvin", "Valmora Courier",
                "en-GB", paras("Orvin river floods lower town", "By Lena Hart", BODY1, BODY2));
        Article a = cleaner.clean(raw);
        assertEquals("Orvin river floods lower town", a.title());
        assertEquals("Desk Staff", a.author());
        assertEquals(LocalDate.of(2031, 3, 8), a.published());
        assertEquals("Valmora Courier", a.outlet());
        assertEquals("https://courier.example/orvin", a.url());
        assertEquals("en", a.language());
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(List.of("By Lena Hart"), a.removed());
    }

    @Test
    void whenAHeadlineAndADeckOpenTheArticleTheFirstIsTheTitle() {
        String deck = "Hundreds spend the night in the sports hall as the water keeps rising";
        Article a = clean(paras("World News", "Orvin River Floods Lower Town As Shelters Fill", deck, BODY1, BODY2));
        assertEquals("Orvin River Floods Lower Town As Shelters Fill", a.title());
        assertEquals(paras(deck, BODY1, BODY2), a.text());
        assertEquals(List.of("World News"), a.removed());
    }

    @Test
    void pageTextWithoutATitleInItsMetadataHasItFoundInTheText() {
        RawArticle raw = new RawArticle("p1", "p1.html", SourceFormat.HTML, null, null, null, null, "courier.example",
                null, paras("Home", "Orvin River Floods Lower Town As Shelters Fill", "By Lena Hart", BODY1, BODY2));
        Article a = cleaner.clean(raw);
        assertEquals("Orvin River Floods Lower Town As Shelters Fill", a.title());
        assertEquals("Lena Hart", a.author());
        assertEquals("courier.example", a.outlet());
        assertEquals(paras(BODY1, BODY2), a.text());
        assertEquals(List.of("Home", "By Lena Hart"), a.removed());
    }

    @Test
    void aTextThatOpensWithItsBodyHasNoTitle() {
        Article a = clean(BODY1 + " " + BODY2 + "\n" + BODY3);
        assertNull(a.title());
        assertNull(a.author());
        assertNull(a.published());
        assertEquals(paras(BODY1 + " " + BODY2, BODY3), a.text());
    }

    @Test
    void byAtTheStartOfASentenceIsNotAByline() {
        String by = "By the end of the week, 40 families had returned home.";
        Article a = clean(paras("Orvin River Floods Lower Town As Shelters Fill", BODY1, by, BODY2));
        assertNull(a.author());
        assertEquals(paras(BODY1, by, BODY2), a.text());
    }

    @Test
    void aWholePageOfChromeAroundAnArticle() {
        String headline = "Valmora\u2019s Bridge Vote Was Decided Before It Began";
        String lead = "Valmora Bridge Vote: The town council voted 7 to 2 on Thursday to close the old bridge, "
                + "a decision residents had been told was still open.";
        String quote = "\u201cWe hear your concerns,\u201d Mayor Ilse Varga told the packed hall.";
        String sub = "Who Gains From the Closure?";
        String after = "Contractors linked to two council members stand to win the demolition work, records "
                + "published by the Valmora Courier show.";
        String last = "The council will meet again on 14 April to set a date for the demolition.";
        String text = String.join("\n", "Stay connected with us", "Hello! What are you searching for today?", "The Lantern",
                headline, "Old bridge over the Orvin. Image Credit: Creative Commons.", lead, quote, sub, after,
                last, "Bridges Valmora", "Mayor Ilse Varga addressing the council (via livestream).",
                "Ada Quill is The Lantern\u2019s Local Politics Editor.",
                "Enjoyed this? Follow us on Facebook and Twitter, and sign up for our weekly newsletter. "
                        + "Email: [email\u00A0protected].",
                "Written By",
                "Ada Quill is The Lantern's Local Politics Editor. She has covered the Orvin valley for ten "
                        + "years. Her work explores how small towns govern themselves.");
        Article a = clean(text);
        assertEquals("Valmora\u2019s Bridge Vote Was Decided Before It Began", a.title());
        assertEquals("Ada Quill", a.author());
        assertNull(a.published());
        assertEquals(paras(lead, quote, sub, after, last), a.text());
        assertEquals(List.of("Stay connected with us", "Hello! What are you searching for today?", "The Lantern",
                "Old bridge over the Orvin. Image Credit: Creative Commons.", "Bridges Valmora",
                "Mayor Ilse Varga addressing the council (via livestream).",
                "Ada Quill is The Lantern\u2019s Local Politics Editor.",
                "Enjoyed this? Follow us on Facebook and Twitter, and sign up for our weekly newsletter. "
                        + "Email: [email protected].",
                "Written By",
                "Ada Quill is The Lantern's Local Politics Editor. She has covered the Orvin valley for ten "
                        + "years. Her work explores how small towns govern themselves."), a.removed());
    }

    @Test
    void badInputGivesAnEmptyArticleNotAnException() {
        Article empty = clean("");
        assertEquals("", empty.text());
        assertNull(empty.title());
        assertNull(empty.language());
        assertEquals(List.of(), empty.removed());

        Article junk = clean("\u0000\u0001\uFFFD\uFFFD\n\n@@@ ### %%%\n\u00A9");
        assertEquals("\uFFFD\uFFFD\n\n@@@ ### %%%", junk.text());
        assertEquals(List.of("\u00A9"), junk.removed());
    }

    @Test
    void aHugeSingleLineIsCleanedInReasonableTime() {
        String line = "The river rose again and the town waited. ".repeat(200_000);
        Article a = clean(line);
        assertEquals(line.strip(), a.text());
        assertEquals("en", a.language());
    }

    @Test
    void theSameInputGivesTheSameOutput() {
        String text = paras("Menu", "Orvin River Floods Lower Town As Shelters Fill", BODY1, "Share this article",
                BODY2, "Post a Comment");
        assertEquals(clean(text), clean(text));
    }
}
