package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParallaxCommandTest {

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.status());
        for (String command : new String[] {"analyze", "demo", "eval", "bench"}) {
            assertTrue(run.out().contains("  " + command + " "), command + " missing from:\n" + run.out());
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"analyze", "demo", "eval", "bench"}) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.status(), command);
            assertTrue(run.out().startsWith("Usage: parallax " + command), run.out());
        }
    }

    @Test
    void analyzeWithoutInputsIsAUsageError() {
        CliRun run = CliRun.of("analyze");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("Missing required parameter"), run.err());
    }

    @Test
    void analyzeRejectsZeroThreads() {
        CliRun run = CliRun.of("analyze", "--threads", "0", "x.txt");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--threads must be at least 1"), run.err());
    }

    @Test
    void progressLineShowsStageShareAndCounts() {
        assertEquals("cleaning   [#########                     ]  30% 3/10", ProgressBar.line("cleaning", 3, 10));
        assertEquals("reading    42", ProgressBar.line("reading", 42, -1));
    }
}
