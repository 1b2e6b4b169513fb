package org.parallax.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.parallax.Progress;
import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;
import org.parallax.render.MarkdownReport;
import org.parallax.render.Reports;
import org.parallax.server.ParallaxServer;
import org.parallax.server.ServerSettings;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

/**
 * A corpus of XSS payloads (markup, event handlers, {@code javascript:} and {@code data:} URLs, mixed case,
 * {@code </style>} and {@code </textarea>} break-outs, entity-encoded variants, remote resources) in titles, texts,
 * URLs, authors, outlets and quotes, rendered by every output: the static HTML report (opened from file://), the web
 * UI (every page reachable from its start pages) and the Markdown report (rendered by commonmark-java, whose default
 * renderer passes raw HTML through). Headless Chromium, which can resolve no host but 127.0.0.1, must see: no
 * dialog, {@code window.pwned} undefined (every payload would set it), no element or event handler from the content,
 * no link other than http(s) and the report's own, and no request leaving the page's own origin.
 */
class ContentNeverRunsTest {
    private static final String RUN = "window.pwned=1;alert(1)";
    static final List<String> PAYLOADS = List.of(
            "<script>" + RUN + "</script>",
            "<ScRiPt>" + RUN + "</sCrIpT>",
            "<img src=x onerror=\"" + RUN + "\">",
            "<IMG SRC=x OnError=" + RUN + ">",
            "\"><svg onload=" + RUN + ">",
            "'><svg/onload=" + RUN + ">",
            "</style><script>" + RUN + "</script>",
            "</textarea><script>" + RUN + "</script>",
            "</title><script>" + RUN + "</script>",
            "<iframe src=\"javascript:" + RUN + "\"></iframe>",
            "<a href=\"javascript:" + RUN + "\">click me</a>",
            "[click me](javascript:" + RUN + ")",
            "![pic](http://evil.example/pixel.png)",
            "<img src=http://evil.example/pixel.png>",
            "<link rel=stylesheet href=http://evil.example/s.css>",
            "&lt;script&gt;" + RUN + "&lt;/script&gt;",
            "&#60;img src=x onerror=" + RUN + "&#62;",
            "\\u003cscript\\u003e" + RUN + "\\u003c/script\\u003e",
            "<<script>script>" + RUN + "<</script>/script>",
            "<math><mtext><table><mglyph><style><img src=x onerror=" + RUN + ">");
    static final List<String> URLS = List.of("javascript:" + RUN, "JaVaScRiPt:" + RUN, "  javascript:void(0);" + RUN,
            "java\tscript:" + RUN, "data:text/html,<script>" + RUN + "</script>",
            "DATA:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9MTwvc2NyaXB0Pg==",
            "http://evil.example/\"><script>" + RUN + "</script>", "https://ok.example/a?x=\"onmouseover=" + RUN,
            "vbscript:msgbox(1)", "//evil.example/x");

    /** Pages visited at most in the web UI. */
    private static final int MAX_PAGES = 70;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static ParallaxServer server;
    private static ChromeDriver driver;
    private static Path report;

    /** Article {@code i}: one payload in each field, a flood in Marrow Bay so that they make events together. */
    static List<RawArticle> hostile() {
        List<RawArticle> list = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String p = PAYLOADS.get(i);
            String q = PAYLOADS.get((i + 7) % PAYLOADS.size());
            // hostile URLs first; then web URLs carrying a payload (each URL once: a repeated one is a duplicate)
            String url = i < URLS.size() ? URLS.get(i) : "https://marrow-bay.example/news/" + i + "?q=" + p;
            String text = "Eleven houses were flooded in Marrow Bay on Monday " + p + ", the harbour office said.\n\n"
                    + "\u201cWe will pump the streets dry by Friday " + q + ",\u201d Mayor Oda Lindqvist said.\n\n"
                    + "Residents cleared mud from the houses on Tuesday. " + url + "\n\n"
                    // a sentence of its own, so that no article is a duplicate of another (same words otherwise)
                    + "This is bulletin number " + (100 + i) + " from the desk of the Marrow Bay harbour office.";
            list.add(new RawArticle("xss-" + i + (i % 3 == 0 ? p : ""), "fixture:xss-" + i, SourceFormat.JSON,
                    "Marrow Bay flood " + p, "Reporter " + q, LocalDate.of(2031, 6, 1 + i % 3),
                    url, "Outlet " + i + " " + q, "en", text));
        }
        return list;
    }

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeChromium();
        workspace = Workspace.open(dir.resolve("workspace"), WorkspaceSettings.defaults());
        workspace.add(hostile(), Progress.NONE);
        report = dir.resolve("report");
        Reports.writeAll(workspace.export(), report);
        server = ParallaxServer.start(workspace, ServerSettings.defaults().withAddress("127.0.0.1", 0));
        driver = driver(Files.createTempDirectory(dir, "profile"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    private static ChromeDriver driver(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browser.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                // nothing but loopback resolves: a request to another host fails, and the log below still shows it
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(Browser.CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return d;
    }

    @Test
    void theStaticReportRunsNothing() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(report.resolve("index.html")));
        try (Stream<Path> s = Files.list(report.resolve("events"))) {
            s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
        }
        assertTrue(pages.size() >= 2, "the index and event pages: " + pages);
        StringBuilder shown = new StringBuilder();
        for (Path page : pages) {
            String url = page.toUri().toString();
            open(url);
            check(url, "file:");
            shown.append(driver.findElement(By.tagName("body")).getText()).append('\n');
        }
        for (String p : PAYLOADS) {
            // not dropped either: the reader sees the payload as text
            assertTrue(shown.toString().contains("Marrow Bay flood " + p), "shown as written: " + p);
        }
    }

    @Test
    void theWebUiRunsNothing() {
        String base = "http://127.0.0.1:" + server.port();
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/outlets", "/search?q=flooded", "/search?q=pump"));
        // every article and event page first, then whatever they link to, up to the bound
        workspace.export().articles().forEach(a -> queue.add("/articles/" + Urls.segment(a.id())));
        workspace.export().events().forEach(e -> queue.add("/events/" + Urls.segment(e.id())));
        Set<String> seen = new LinkedHashSet<>(queue);
        List<String> visitedPaths = new ArrayList<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String path = queue.poll();
            open(base + path);
            check(base + path, base + "/");
            visited++;
            visitedPaths.add(path);
            for (WebElement a : driver.findElements(By.cssSelector("a[href]"))) {
                String href = a.getAttribute("href");
                if (href.startsWith(base + "/") && !href.startsWith(base + "/static/")
                        && !href.startsWith(base + "/api/")) {
                    String p = href.substring(base.length()).replaceAll("#.*", "");
                    if (seen.add(p)) {
                        queue.add(p);
                    }
                }
            }
        }
        assertEquals(PAYLOADS.size(), workspace.stats().articles(), "every hostile article is stored");
        assertEquals(PAYLOADS.size(), visitedPaths.stream().filter(p -> p.startsWith("/articles/")).count(),
                "every article page was checked: " + visitedPaths);
    }

    @Test
    void theMarkdownReportHasNoHtmlAndOnlyWebLinks() throws IOException {
        String markdown = MarkdownReport.render(workspace.export());
        assertEquals(markdown, Files.readString(report.resolve(MarkdownReport.FILE_NAME), StandardCharsets.UTF_8));
        Node doc = Parser.builder().build().parse(markdown);
        List<String> problems = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                problems.add("inline HTML " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                problems.add("HTML block " + html.getLiteral());
            }

            @Override
            public void visit(Link link) {
                if (!link.getDestination().matches("(?i)https?://[^\\s]+")) {
                    problems.add("link to " + link.getDestination());
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                problems.add("image " + image.getDestination());
            }
        });
        assertEquals(List.of(), problems);
        // and what a renderer that trusts its input makes of it runs nothing either
        Path html = dir.resolve("events-md.html");
        Files.writeString(html, "<!doctype html><meta charset=utf-8><title>md</title>"
                + HtmlRenderer.builder().build().render(doc), StandardCharsets.UTF_8);
        open(html.toUri().toString());
        check(html.toUri().toString(), "file:");
    }

    /** Opens {@code url}, after dropping the requests logged so far (so that they are not blamed on it). */
    private static void open(String url) {
        requests();
        driver.get(url);
    }

    /** The checks every rendered page must pass; {@code origin} is the prefix every request must have. */
    private static void check(String page, String origin) {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "a dialog opened on " + page);
        JavascriptExecutor js = driver;
        assertEquals("undefined", js.executeScript("return typeof window.pwned"), "a payload ran on " + page);
        assertEquals(List.of(), js.executeScript("return Array.from(document.querySelectorAll('img, svg, math, "
                + "iframe, object, embed, body link, body style, body script, meta[http-equiv=refresh]'))"
                + ".map(function (e) { return e.outerHTML; })"), "elements from the content on " + page);
        assertEquals(0L, js.executeScript("var n = 0; document.querySelectorAll('*').forEach(function (e) {"
                + " for (var i = 0; i < e.attributes.length; i++) {"
                + "  if (e.attributes[i].name.toLowerCase().indexOf('on') === 0) { n++; } } }); return n;"),
                "event handler attributes on " + page);
        for (WebElement a : driver.findElements(By.cssSelector("a[href], [src], form[action]"))) {
            for (String attribute : List.of("href", "src", "action")) {
                String v = a.getAttribute(attribute);
                if (v != null && !v.isEmpty()) {
                    String lower = v.strip().toLowerCase();
                    assertFalse(lower.startsWith("javascript:") || lower.startsWith("data:")
                            || lower.startsWith("vbscript:"), page + " has " + attribute + "=" + v);
                    assertTrue(lower.startsWith("http://") || lower.startsWith("https://")
                            || lower.startsWith("file:"), page + " has " + attribute + "=" + v);
                }
            }
        }
        for (String request : requests()) {
            if (!request.matches("(?i)(https?|wss?|ftp):.*")) {
                continue; // file:, data: and the browser's own chrome: pages never reach the network
            }
            assertTrue(request.startsWith(origin), page + " requested " + request);
        }
    }

    /** The URLs the browser requested since the last call, from the DevTools performance log. */
    private static List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            try {
                JsonNode m = JSON.readTree(e.getMessage()).path("message");
                if ("Network.requestWillBeSent".equals(m.path("method").asText())) {
                    urls.add(m.path("params").path("request").path("url").asText());
                }
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return urls;
    }
}
