package org.parallax.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI end to end: a real server over a real workspace holding the {@link UiFixtures} articles (annotated, so
 * the bridge event has a dossier with a conflict), driven in headless Chromium. Run with
 * {@code -Dparallax.screenshots=docs/screenshots} to save the screenshots the README shows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    @TempDir
    static Path dir;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start(dir, UiFixtures.ALL);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(10));
    }

    private static List<String> eventTitles() {
        return browser.driver.findElements(By.cssSelector("#events .event h2 a")).stream().map(WebElement::getText)
                .toList();
    }

    private static void assertNoConsoleErrors() {
        List<String> messages = browser.consoleMessages();
        assertTrue(messages.isEmpty(), "the browser console reported: " + messages);
    }

    @Test
    @Order(1)
    void theEventListShowsEachEventWithItsDatesCountAndOutlets() throws IOException {
        browser.open("/");
        assertEquals("Events · Parallax", browser.driver.getTitle());
        assertEquals(2, eventTitles().size(), "events: " + eventTitles());
        WebElement bridge = bridgeRow();
        assertEquals("14–15 Mar 2031 · 4 articles · 4 outlets",
                bridge.findElement(By.cssSelector(".meta")).getText());
        assertEquals(List.of("Coastal Ledger", "Northgate Tribune", "The Meridian Post", "Valley Wire Service"),
                bridge.findElements(By.cssSelector(".chips li")).stream().map(WebElement::getText).toList());
        assertNoConsoleErrors();
        browser.screenshot("event-list", 1400);
    }

    private static WebElement bridgeRow() {
        return browser.driver.findElements(By.cssSelector("#events .event")).stream()
                .filter(e -> e.getText().contains("Kestrel Bridge") || e.getText().contains("Averlin")).findFirst()
                .orElseThrow(() -> new AssertionError("no bridge event in " + eventTitles()));
    }

    @Test
    @Order(2)
    void theSearchBoxAndFiltersNarrowTheList() {
        browser.open("/");
        // ui.js submits the form as soon as the outlet changes; the Show button does it without script
        new Select(browser.driver.findElement(By.name("outlet"))).selectByVisibleText("The Meridian Post");
        waiting().until(ExpectedConditions.urlContains("outlet=The+Meridian+Post"));
        assertEquals(1, eventTitles().size(), "events: " + eventTitles());
        assertEquals("The Meridian Post", new Select(browser.driver.findElement(By.name("outlet")))
                .getFirstSelectedOption().getText());
        browser.open("/?q=cider");
        assertEquals(1, eventTitles().size(), "events with cider: " + eventTitles());
        assertTrue(eventTitles().get(0).contains("Linden Vale"), eventTitles().toString());
        assertEquals("cider", browser.driver.findElement(By.name("q")).getAttribute("value"));
        browser.open("/?from=2031-04-01&to=2031-04-30");
        assertEquals(1, eventTitles().size(), "events in April: " + eventTitles());
        assertTrue(eventTitles().get(0).contains("Linden Vale"), eventTitles().toString());
    }

    @Test
    @Order(3)
    void theFiltersWorkWithoutJavaScript() {
        browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open("/");
            new Select(browser.driver.findElement(By.name("outlet"))).selectByVisibleText("Valley Wire Service");
            assertTrue(!browser.driver.getCurrentUrl().contains("outlet="), "nothing submits by itself");
            browser.driver.findElement(By.cssSelector(".filters button[type=submit]")).click();
            waiting().until(ExpectedConditions.urlContains("outlet=Valley+Wire+Service"));
            assertEquals(1, eventTitles().size(), "events: " + eventTitles());
            assertTrue(eventTitles().get(0).contains("Averlin"), eventTitles().toString());
        } finally {
            browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    @Order(4)
    void searchFindsArticlesAndQuotesWithTheMatchMarked() throws IOException {
        browser.open("/search");
        WebElement box = browser.driver.findElement(By.name("q"));
        box.sendKeys("winter storms");
        box.submit();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hits")));
        List<WebElement> hits = browser.driver.findElements(By.cssSelector("#hits .hit"));
        assertTrue(hits.size() >= 2, "hits: " + hits.size());
        List<String> marked = browser.driver.findElements(By.cssSelector("#hits .snippet mark")).stream()
                .map(e -> e.getText().toLowerCase()).toList();
        assertTrue(marked.contains("winter") || marked.contains("storms") || marked.contains("winter storms"),
                "marked: " + marked);
        assertNoConsoleErrors();
        browser.screenshot("search", 1400);
        hits.get(0).findElement(By.cssSelector("h2 a")).click();
        waiting().until(ExpectedConditions.urlContains("/articles/"));
        assertTrue(browser.driver.findElements(By.cssSelector(".article.single h1")).size() == 1);
    }

    @Test
    @Order(5)
    void clickingAConflictHighlightsItsSentenceInTheArticle() throws IOException {
        browser.open("/");
        bridgeRow().findElement(By.cssSelector("h2 a")).click();
        waiting().until(ExpectedConditions.urlContains("/events/"));
        WebElement conflict = browser.driver.findElement(By.cssSelector("#conflicts .item"));
        List<String> values = conflict.findElements(By.cssSelector(".figure")).stream().map(WebElement::getText)
                .toList();
        assertEquals(List.of("12", "15"), values);
        assertNoConsoleErrors();
        browser.screenshot("dossier", 2600);

        WebElement fifteen = conflict.findElements(By.cssSelector(".value")).get(1)
                .findElement(By.cssSelector(".evidence a.said"));
        String anchor = fifteen.getAttribute("href").substring(fifteen.getAttribute("href").indexOf('#') + 1);
        fifteen.click();
        WebElement mark = browser.driver.findElement(By.id(anchor));
        assertEquals(Boolean.TRUE, browser.js("return arguments[0].matches(':target')", mark));
        assertTrue(mark.getText().startsWith("Fifteen people were injured"), mark.getText());
        assertEquals("article-tribune-bridge", browser.js("return arguments[0].closest('article').id", mark));
        // once the flash animation ends the sentence stays highlighted (#ffd54f); unclicked marks stay plain
        try {
            waiting().until(d -> "#ffd54f".equals(background(mark).asHex()));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the clicked sentence's background is " + mark.getCssValue("background-color")
                    + ", classes " + mark.getAttribute("class") + ", url " + browser.driver.getCurrentUrl(), e);
        }
        WebElement other = browser.driver.findElement(By.cssSelector("#article-ledger-bridge mark.ev"));
        assertEquals("rgba(0, 0, 0, 0)", background(other).asRgba());
        assertEquals(Boolean.TRUE, browser.js("var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", mark), "scrolled into view");
        browser.viewportScreenshot("dossier-conflict-clicked");

        // an agreement item: open "Each outlet's wording", click one outlet's sentence
        WebElement agreement = browser.driver.findElement(By.cssSelector("#agreement .item"));
        agreement.findElement(By.tagName("summary")).click();
        WebElement wording = agreement.findElements(By.cssSelector(".evidence a.said")).get(1);
        String target = wording.getAttribute("href").substring(wording.getAttribute("href").indexOf('#') + 1);
        wording.click();
        WebElement sentence = browser.driver.findElement(By.id(target));
        assertEquals(Boolean.TRUE, browser.js("return arguments[0].matches(':target')", sentence));
        assertEquals(wording.getText(), sentence.getText());
        assertEquals(Boolean.FALSE, browser.js("return arguments[0].matches(':target')", mark), "one at a time");
    }

    private static Color background(WebElement e) {
        return Color.fromString(e.getCssValue("background-color"));
    }

    @Test
    @Order(6)
    void theArticlePageHighlightsItsAnnotationsAndLinksItsEvent() throws IOException {
        browser.open("/articles/tribune-bridge");
        assertEquals("Fifteen hurt as Port Averlin bridge gives way",
                browser.driver.findElement(By.cssSelector("h1")).getText());
        assertEquals(List.of("Quote", "Speaker", "Number", "Date"), browser.driver
                .findElements(By.cssSelector(".legend span")).stream().map(WebElement::getText).toList());
        List<String> quotes = browser.driver.findElements(By.cssSelector(".text .a-quote")).stream()
                .map(WebElement::getText).toList();
        assertTrue(String.join(" ", quotes).contains(UiFixtures.MAYOR_QUOTE), "quotes: " + quotes);
        assertTrue(browser.driver.findElements(By.cssSelector(".text .a-speaker")).stream()
                .anyMatch(e -> e.getText().contains("Varga")), "the mayor is marked as a speaker");
        assertTrue(browser.driver.findElements(By.cssSelector(".text .a-number")).size() >= 1);
        assertTrue(browser.driver.findElements(By.cssSelector(".text .a-date")).size() >= 1);
        assertNoConsoleErrors();
        browser.screenshot("article", 1400);
        browser.driver.findElement(By.cssSelector(".back a")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("conflicts")));
    }

    @Test
    @Order(7)
    void theOutletsPageCountsEachOutletAndLinksItsEvents() throws IOException {
        browser.open("/outlets");
        List<WebElement> cards = browser.driver.findElements(By.cssSelector("#outlets .outlet-card"));
        assertEquals(List.of("Coastal Ledger", "Northgate Tribune", "The Meridian Post", "Valley Wire Service"),
                cards.stream().map(c -> c.findElement(By.tagName("h2")).getText()).sorted().toList());
        WebElement ledger = cards.stream().filter(c -> c.getText().startsWith("Coastal Ledger")).findFirst()
                .orElseThrow();
        assertEquals("2 articles · 2 events", ledger.findElement(By.cssSelector(".meta")).getText());
        assertNoConsoleErrors();
        browser.screenshot("outlets", 1400);
        ledger.findElement(By.cssSelector("h2 a")).click();
        waiting().until(ExpectedConditions.urlContains("outlet=Coastal+Ledger"));
        assertEquals(2, eventTitles().size(), "events: " + eventTitles());
    }

    @Test
    @Order(8)
    void pagesFitAPhoneScreen() throws IOException {
        browser.phone();
        try {
            for (String path : List.of("/", "/search?q=bridge", "/outlets", "/articles/ledger-bridge")) {
                browser.open(path);
                assertNoHorizontalScroll(path);
            }
            browser.open("/");
            bridgeRow().findElement(By.cssSelector("h2 a")).click();
            waiting().until(ExpectedConditions.urlContains("/events/"));
            assertNoHorizontalScroll("the dossier");
            browser.screenshot("dossier-phone", 2400);
        } finally {
            browser.desktop();
        }
    }

    private static void assertNoHorizontalScroll(String page) {
        assertEquals(375L, browser.js("return window.innerWidth"));
        Number scroll = (Number) browser.js("return document.documentElement.scrollWidth");
        assertTrue(scroll.intValue() <= 375, page + " is " + scroll + " px wide on a 375 px screen");
    }

    @Test
    @Order(9)
    void unknownIdsGetTheNotFoundPage() throws Exception {
        browser.open("/events/no-such-event");
        assertEquals("Not found", browser.driver.findElement(By.cssSelector("h1")).getText());
        HttpResponse<String> r = get("/articles/no-such-article");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(404, get("/no/such/page").statusCode());
        assertTrue(get("/no/such/page").body().contains("<h1>Not found</h1>"));
    }

    @Test
    @Order(10)
    void everyPageCarriesAStrictContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/search?q=bridge", "/outlets", "/articles/wire-bridge")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.startsWith("default-src 'none'; script-src 'self'; style-src 'self'"), path + ": " + csp);
            assertTrue(!csp.contains("unsafe-inline"), path + ": " + csp);
        }
        HttpResponse<String> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(browser.base + "/outlets")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertTrue(head.headers().firstValue("Content-Security-Policy").isPresent());
    }

    @Test
    @Order(11)
    void aPageUnchangedSinceTheBrowsersCopyIsNotSentAgain() throws Exception {
        HttpResponse<String> first = get("/outlets");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(browser.base + "/outlets")).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    @Order(12)
    void anArticlePostedThroughTheApiAppearsInTheList() throws Exception {
        browser.open("/");
        assertEquals(2, eventTitles().size());
        String article = "{\"id\":\"gazette-glasshouse\",\"source\":\"Tarrow Fen Gazette\",\"title\":\"Fire destroys "
                + "the old glasshouse in Tarrow Fen\",\"published\":\"2031-05-20\",\"language\":\"en\","
                + "\"text\":\"A fire "
                + "destroyed the old glasshouse of the Tarrow Fen botanical garden on Tuesday night. Nobody was hurt, "
                + "the garden's director said.\\n\\nThe glasshouse held orchids and ferns collected over ninety "
                + "years.\"}";
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(browser.base + "/api/v1/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(article))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(posted.statusCode() / 100 == 2, posted.statusCode() + " " + posted.body());
        browser.driver.navigate().refresh();
        assertEquals(3, eventTitles().size(), "events: " + eventTitles());
        assertEquals("Fire destroys the old glasshouse in Tarrow Fen", eventTitles().get(0), "newest first");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.base + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }
}
