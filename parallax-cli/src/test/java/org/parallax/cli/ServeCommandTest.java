package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.parallax.model.Article;

class ServeCommandTest {

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("serve", "--port", "70000");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--port must be between 0 and 65535, was 70000"), run.err());
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
