package org.parallax.cli.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second process on a workspace in use: {@code analyze --data} and {@code serve} are refused with a one-line
 * "workspace ... is in use by PID n" naming the holder, exit non-zero, print no stack trace and change nothing.
 */
class SecondProcessTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondAnalyzeOrServeIsRefusedNamingTheHolder() throws Exception {
        Path data = tmp.resolve("data");
        Path input = tmp.resolve("in.jsonl");
        Files.writeString(input, GeneratedArticles.lines("p", 0, 3), StandardCharsets.UTF_8);
        try (ChildParallax holder = ChildParallax.start(tmp.resolve("logs"), "holder", "serve", "--data",
                data.toString(), "--port", "0", "--no-annotate")) {
            holder.awaitPort(60);
            String expected = "workspace " + data + " is in use by PID " + holder.pid();
            try (ChildParallax analyze = ChildParallax.start(tmp.resolve("logs"), "analyze", "analyze",
                    input.toString(), "--data", data.toString(), "--no-annotate")) {
                assertNotEquals(0, analyze.await(60));
                assertRefused(analyze.err(), expected);
            }
            try (ChildParallax serve = ChildParallax.start(tmp.resolve("logs"), "serve", "serve", "--data",
                    data.toString(), "--port", "0")) {
                assertNotEquals(0, serve.await(60));
                assertRefused(serve.err(), expected);
            }
            assertTrue(holder.alive(), "the first process goes on");
        }
        assertEquals(0, WorkspaceConsistency.check(data, java.util.Map.of()).size(), "nothing was added");
    }

    private static void assertRefused(String err, String expected) {
        assertTrue(err.contains(expected), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        assertEquals(1, err.strip().lines().count(), "one line: " + err);
    }
}
