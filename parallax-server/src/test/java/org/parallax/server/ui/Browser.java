package org.parallax.server.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.parallax.Progress;
import org.parallax.model.RawArticle;
import org.parallax.server.ParallaxServer;
import org.parallax.server.ServerSettings;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

/**
 * A real server over a real workspace, and Debian's headless Chromium driven by Selenium. Tests using it are skipped
 * (not failed) only when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The folder screenshots go to, when the run asks for them: {@code -Dparallax.screenshots=DIR}. */
    static final String SCREENSHOTS = "parallax.screenshots";
    /**
     * Selenium warns that it has no DevTools classes for this Chromium version; the tests use none of them (only
     * chromedriver's own CDP pass-through), so the warning is noise. Held here so the setting is not collected.
     */
    private static final java.util.logging.Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");

    final Workspace workspace;
    final ParallaxServer server;
    final ChromeDriver driver;
    final String base;

    private Browser(Workspace workspace, ParallaxServer server, ChromeDriver driver) {
        this.workspace = workspace;
        this.server = server;
        this.driver = driver;
        this.base = "http://127.0.0.1:" + server.port();
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
        log.setLevel(Level.SEVERE);
        return log;
    }

    /** Skips the calling test class unless Chromium and its driver are installed. */
    static void assumeChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium "
                        + "chromium-driver)");
    }

    /** A workspace in {@code dir} holding {@code articles} (annotated), served on a free loopback port. */
    static Browser start(Path dir, List<RawArticle> articles) throws IOException {
        assumeChromium();
        Workspace ws = Workspace.open(dir.resolve("workspace"), WorkspaceSettings.defaults());
        ParallaxServer server = null;
        try {
            ws.add(articles, Progress.NONE);
            server = ParallaxServer.start(ws, ServerSettings.defaults().withAddress("127.0.0.1", 0));
            Path profile = Files.createTempDirectory(dir, "chromium-profile");
            return new Browser(ws, server, driver(profile));
        } catch (RuntimeException | IOException e) {
            if (server != null) {
                server.close();
            }
            ws.close();
            throw e;
        }
    }

    private static ChromeDriver driver(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Opens {@code path} on the server. */
    void open(String path) {
        driver.get(base + path);
    }

    /** Runs a script in the page and returns its result. */
    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** What the browser's console reported since the last call (CSP violations show up here). */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Emulates a phone-sized screen (375 px wide) until {@link #desktop()}. */
    void phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the desktop window. */
    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Saves the current page as {@code name}.png in the screenshot folder, when the run asked for screenshots: the
     * whole page, up to {@code maxHeight} pixels, at the current width.
     */
    void screenshot(String name, int maxHeight) throws IOException {
        String dir = System.getProperty(SCREENSHOTS);
        if (dir == null || dir.isBlank()) {
            return;
        }
        long width = ((Number) js("return window.innerWidth")).longValue();
        long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        boolean phone = width < 600;
        if (!phone) {
            driver.manage().window().setSize(new Dimension(1280, (int) Math.min(maxHeight, height) + 140));
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 375, "height",
                    (int) Math.min(maxHeight, height), "deviceScaleFactor", 1, "mobile", true));
        }
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Path out = Path.of(dir).resolve(name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, png);
        if (phone) {
            phone();
        } else {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /** Saves what the window shows now (after a click scrolled the page) as {@code name}.png, when asked to. */
    void viewportScreenshot(String name) throws IOException {
        String dir = System.getProperty(SCREENSHOTS);
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path out = Path.of(dir).resolve(name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try {
                server.close();
            } finally {
                workspace.close();
            }
        }
    }
}
