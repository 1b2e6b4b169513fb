package org.parallax.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/**
 * One run of the {@code parallax} command line in-process, with what it printed.
 *
 * @param status the exit status
 * @param out    what it wrote to stdout
 * @param err    what it wrote to stderr
 */
record CliRun(int status, String out, String err) {

    /** Runs {@code parallax ARGS...} and captures its output. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ParallaxCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
