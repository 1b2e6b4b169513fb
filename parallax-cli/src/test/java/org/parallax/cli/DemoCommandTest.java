package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ParallaxCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute("demo", "--out", tmp.toString());
        // Whatever the analysis stages do, the corpus must be there for the user to read.
        for (String name : DemoCorpus.names()) {
            assertTrue(Files.isRegularFile(tmp.resolve("corpus").resolve(name)), name);
        }
        assertTrue(out.toString().startsWith("Demo corpus: " + DemoCorpus.names().size() + " files copied to "),
                out.toString());
        assertTrue(status != 2, "usage error: " + err);
    }

    @Test
    void helpDescribesTheOutOption() {
        StringWriter out = new StringWriter();
        CommandLine cl = ParallaxCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("demo", "--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("--out=DIR"), help);
        assertTrue(help.contains("(default: parallax-out/demo)"), help);
    }
}
