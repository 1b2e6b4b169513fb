package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class BenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = ParallaxCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void benchClusterPrintsOneRowPerSize() {
        assertEquals(0, run("bench", "cluster", "--sizes", "30,60", "--runs", "1"));
        String[] lines = out.toString().split("\n");
        assertEquals(4, lines.length, out.toString());
        assertTrue(lines[0].startsWith("stage cluster, seed 20261125"), lines[0]);
        assertTrue(lines[2].trim().startsWith("30 "), lines[2]);
        assertTrue(lines[3].trim().startsWith("60 "), lines[3]);
        assertTrue(lines[3].contains("B-cubed F1"), lines[3]);
    }

    @Test
    void benchRunsEveryStage() {
        assertEquals(0, run("bench", "--sizes", "20", "--runs", "1", "--annotate-min-tokens", "300"));
        // the synthetic stages, then annotation on real prose
        assertEquals(BenchCommand.STAGES.size() + 1, out.toString().split("stage ", -1).length - 1, out.toString());
        assertTrue(out.toString().matches("(?s).*\\n       2 .*"), "no row for 2 threads:\n" + out);
    }

    @Test
    void sizesBelowOneAreAUsageError() {
        assertEquals(2, run("bench", "cluster", "--sizes", "0"));
        assertEquals(2, run("bench", "--runs", "0"));
    }
}
