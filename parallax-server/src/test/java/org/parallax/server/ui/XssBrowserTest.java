package org.parallax.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.parallax.model.RawArticle;

/**
 * Hostile articles: script and markup in the title, outlet, author, URL, text and a quote. Every page the UI links
 * to, from the event list on, must show them as text: no dialog opens, no element from the content exists, and no
 * link leads to a {@code javascript:} or {@code data:} URL.
 */
class XssBrowserTest {
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String SVG = "\"><svg onload=alert(1)>";
    static final String JS_URL = "javascript:alert(1)";
    static final String DATA_URL = "data:text/html,<script>alert(1)</script>";
    /** Pages visited at most: enough for every page the fixtures give, a bound if links multiply. */
    private static final int MAX_PAGES = 60;

    @TempDir
    static Path dir;
    private static Browser browser;

    static final List<RawArticle> HOSTILE = List.of(
            UiFixtures.json("hostile-1", "Outlet " + SCRIPT, "Flood " + IMG + " in Marrow Bay", "Author " + SVG,
                    "2031-06-01", JS_URL, "Eleven houses " + IMG + " were flooded in Marrow Bay on Monday, the "
                            + "harbour office said.\n\n\u201c" + SCRIPT + " We will pump the streets dry by "
                            + "Friday,\u201d Mayor Oda Lindqvist said. " + SVG),
            UiFixtures.json("hostile-2", SVG + " Daily", "Marrow Bay flood " + SCRIPT, "<b onmouseover=alert(1)>x</b>",
                    "2031-06-01", DATA_URL, "Fourteen houses were flooded in Marrow Bay on Monday, the harbour "
                            + "office said. " + JS_URL + "\n\n\u201c" + SCRIPT + " We will pump the streets dry by "
                            + "Friday,\u201d Mayor Oda Lindqvist said."),
            UiFixtures.json("hostile-3\"><img src=x onerror=alert(1)>", "Bay Courier", SVG, null, "2031-06-02",
                    "  JavaScript:alert(1)", "Residents of Marrow Bay cleared mud from eleven flooded houses " + IMG
                            + " on Tuesday, the harbour office said."));

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start(dir, HOSTILE);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageShowsTheHostileContentAsText() {
        List<String> visited = crawl(List.of("/", "/outlets", "/search?q=flooded", "/search?q=pump+streets",
                "/search?q=" + java.net.URLEncoder.encode(SCRIPT, java.nio.charset.StandardCharsets.UTF_8),
                "/?q=alert&outlet=" + java.net.URLEncoder.encode(SVG, java.nio.charset.StandardCharsets.UTF_8),
                "/search?q=%22unbalanced+AND+(", "/?from=" + Urls.segment(SVG) + "&page=" + Urls.segment(IMG),
                "/events/" + Urls.segment(SCRIPT), "/articles/" + Urls.segment(IMG)));
        assertTrue(visited.stream().anyMatch(p -> p.startsWith("/events/")), "an event page was visited: " + visited);
        assertTrue(visited.stream().filter(p -> p.startsWith("/articles/")).count() >= 3,
                "every article page was visited: " + visited);
    }

    @Test
    void thePayloadsAreVisibleAsWritten() {
        browser.open("/articles/hostile-1");
        assertEquals("Flood " + IMG + " in Marrow Bay", browser.driver.findElement(By.cssSelector("h1")).getText());
        String facts = browser.driver.findElement(By.cssSelector(".facts")).getText();
        assertTrue(facts.contains("Author " + SVG), facts);
        assertTrue(facts.contains(JS_URL), facts);
        assertEquals("Outlet " + SCRIPT, browser.js("return document.querySelector('.outlet').textContent"),
                "the outlet (shown in capitals by CSS)");
        assertTrue(browser.driver.findElement(By.cssSelector(".text")).getText().contains(SCRIPT));
        checkPage("/articles/hostile-1");
    }

    /** Visits the start pages and every same-site page they link to, checking each; returns the paths visited. */
    private static List<String> crawl(List<String> start) {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new LinkedHashSet<>(start);
        List<String> visited = new ArrayList<>();
        while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
            String path = queue.poll();
            browser.open(path);
            checkPage(path);
            visited.add(path);
            for (WebElement a : browser.driver.findElements(By.cssSelector("a[href]"))) {
                String href = a.getAttribute("href");
                if (href.startsWith(browser.base + "/") && !href.startsWith(browser.base + "/static/")
                        && !href.startsWith(browser.base + "/api/")) {
                    String p = href.substring(browser.base.length());
                    int hash = p.indexOf('#');
                    p = hash < 0 ? p : p.substring(0, hash);
                    if (seen.add(p)) {
                        queue.add(p);
                    }
                }
            }
        }
        return visited;
    }

    private static void checkPage(String path) {
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert(),
                "a dialog opened on " + path);
        assertEquals(List.of(browser.base + "/static/ui.js"), browser.driver.findElements(By.tagName("script"))
                .stream().map(s -> s.getAttribute("src")).toList(), "scripts on " + path);
        assertEquals(0L, browser.js("return document.querySelectorAll('img, svg, iframe, object, embed, b').length"),
                "elements from the content on " + path);
        assertEquals(0L, browser.js("var n = 0; document.querySelectorAll('*').forEach(function (e) {"
                + " for (var i = 0; i < e.attributes.length; i++) {"
                + "  if (e.attributes[i].name.toLowerCase().indexOf('on') === 0) { n++; } } }); return n;"),
                "event handler attributes on " + path);
        for (WebElement a : browser.driver.findElements(By.cssSelector("a[href]"))) {
            String href = a.getAttribute("href").strip().toLowerCase();
            assertTrue(href.startsWith("http://") || href.startsWith("https://"), path + " links to " + href);
        }
        List<String> console = browser.consoleMessages();
        assertTrue(console.stream().noneMatch(m -> m.contains("Content Security Policy")),
                "CSP violations (something tried to run) on " + path + ": " + console);
    }
}
