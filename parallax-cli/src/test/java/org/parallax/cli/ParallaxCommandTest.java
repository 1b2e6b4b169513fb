package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class ParallaxCommandTest {

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = ParallaxCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void helpListsEveryCommand() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "--help"));
        for (String command : new String[] {"analyze", "demo", "eval", "bench"}) {
            assertTrue(out.toString().contains("  " + command + " "), command + " missing from:\n" + out);
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"analyze", "demo", "eval", "bench"}) {
            StringWriter out = new StringWriter();
            assertEquals(0, run(out, new StringWriter(), command, "--help"), command);
            assertTrue(out.toString().startsWith("Usage: parallax " + command), out.toString());
        }
    }

    @Test
    void analyzeWithoutInputsIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "analyze"));
        assertTrue(err.toString().contains("Missing required parameter"), err.toString());
    }

    @Test
    void analyzeRejectsZeroThreads() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "analyze", "--threads", "0", "x.txt"));
        assertTrue(err.toString().contains("--threads must be at least 1"), err.toString());
    }

    @Test
    void progressLineShowsStageShareAndCounts() {
        assertEquals("cleaning   [#########                     ]  30% 3/10", ProgressBar.line("cleaning", 3, 10));
        assertEquals("reading    42", ProgressBar.line("reading", 42, -1));
    }
}
