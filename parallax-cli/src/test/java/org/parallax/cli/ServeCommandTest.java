package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.model.Article;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

import picocli.CommandLine;

class ServeCommandTest {

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("serve", "--port", "70000");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--port must be between 0 and 65535, was 70000"), run.err());
    }

    @Test
    void servesTheWorkspaceUntilInterruptedThenReleasesIt(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cl = ParallaxCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        Path data = dir.resolve("ws");
        AtomicInteger status = new AtomicInteger(-1);
        Thread serving = new Thread(() -> status.set(cl.execute("serve", "--data", data.toString(), "--port", "0",
                "--no-annotate")));
        serving.start();
        Matcher url = null;
        for (int i = 0; i < 600 && (url == null || !url.find()); i++) {
            Thread.sleep(50);
            url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)").matcher(out.toString());
        }
        assertTrue(url != null && url.find(0), "no URL printed: " + out);
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url.group(1) + "health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"ok\",\"articles\":0,\"events\":0,\"generation\":0}", health.body());
        assertTrue(out.toString().contains("OpenAPI: " + url.group(1) + "api/v1/openapi.json"), out.toString());

        serving.interrupt();
        serving.join(30_000);
        assertEquals(0, status.get(), err.toString());
        try (Workspace again = Workspace.open(data, WorkspaceSettings.defaults())) {
            assertEquals(0, again.stats().articles(), "the workspace was closed and its lock released");
        }
    }

    @Test
    void serveIsListedWithItsOptions() {
        CliRun run = CliRun.of("serve", "--help");
        assertEquals(0, run.status());
        for (String option : List.of("--data", "--host", "--port", "--token", "PARALLAX_TOKEN")) {
            assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
        }
    }

    @Test
    void benchServeReportsLatencyPerRoute() {
        CliRun run = CliRun.of("bench", "serve", "--articles", "40", "--clients", "2", "--seconds", "1");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("40 articles"), run.out());
        String measured = run.out().substring(run.out().indexOf("2 clients for 1 s"));
        for (String route : List.of("GET /api/v1/events/{id}", "GET /api/v1/search?q=")) {
            String row = measured.lines().filter(l -> l.trim().startsWith(route)).findFirst().orElseThrow();
            assertTrue(row.trim().endsWith(" 0"), "errors in: " + row);
        }
    }

    @Test
    void searchTermsAreTheTitlesLongerWordsSorted() {
        Article a = new Article("a", "Flood in Tessel as Mila rows 1,200", "Syndic", null, null, null, null, "t",
                List.of());
        Article b = new Article("b", null, "Syndic", null, null, null, null, "t", List.of());
        assertEquals(List.of("flood", "mila", "rows", "tessel"), BenchServeCommand.terms(List.of(a, b)));
    }
}
