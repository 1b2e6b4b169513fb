package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

class BenchCommandTest {
    private String out = "";
    private String err = "";

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        out = run.out();
        err = run.err();
        return run.status();
    }

    @Test
    void benchClusterPrintsOneRowPerSize() {
        assertEquals(0, run("bench", "cluster", "--sizes", "30,60", "--runs", "1"));
        String[] lines = out.split("\n");
        assertEquals(4, lines.length, out);
        assertTrue(lines[0].startsWith("stage cluster, seed 20261125"), lines[0]);
        assertTrue(lines[2].trim().startsWith("30 "), lines[2]);
        assertTrue(lines[3].trim().startsWith("60 "), lines[3]);
        assertTrue(lines[3].contains("B-cubed F1"), lines[3]);
    }

    @Test
    void benchRunsEveryStage() {
        assertEquals(0, run("bench", "--sizes", "20", "--runs", "1", "--annotate-min-tokens", "300",
                "--compare-sizes", "2"));
        // the synthetic stages, then annotation and comparison on real prose
        assertEquals(BenchCommand.STAGES.size() + 2, out.split("stage ", -1).length - 1, out);
        assertTrue(out.matches("(?s).*\\n       2 .*"), "no row for 2 threads:\n" + out);
    }

    @Test
    void sizesBelowOneAreAUsageError() {
        assertEquals(2, run("bench", "cluster", "--sizes", "0"));
        assertEquals(2, run("bench", "--runs", "0"));
    }
}
