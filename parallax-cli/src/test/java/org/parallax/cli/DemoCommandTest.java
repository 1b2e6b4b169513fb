package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The demo command's own part: option parsing and the corpus copy. The analysis is tested with AnalyzeCommand. */
class DemoCommandTest {

    @Test
    void defaultOutputFolderIsParallaxOutDemo() {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs();
        assertEquals(Path.of("parallax-out", "demo"), demo.out);
    }

    @Test
    void copiesTheCorpusIntoOutCorpusBeforeAnalysing(@TempDir Path tmp) throws IOException {
        CliRun run = CliRun.of("demo", "--out", tmp.toString());
        // Whatever the analysis stages do, the corpus must be there for the user to read.
        for (String name : DemoCorpus.names()) {
            assertTrue(Files.isRegularFile(tmp.resolve("corpus").resolve(name)), name);
        }
        assertTrue(run.out().startsWith("Demo corpus: " + DemoCorpus.names().size() + " files copied to "),
                run.out());
        assertTrue(run.status() != 2, "usage error: " + run.err());
    }

    @Test
    void helpDescribesTheOutOption() {
        CliRun run = CliRun.of("demo", "--help");
        assertEquals(0, run.status());
        String help = run.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--out=DIR"), help);
        assertTrue(help.contains("(default: parallax-out/demo)"), help);
    }
}
