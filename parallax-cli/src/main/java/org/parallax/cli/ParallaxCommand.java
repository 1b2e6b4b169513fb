package org.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command: shows how different outlets cover the same news event. */
@Command(name = "parallax",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Shows how different outlets cover the same news event: groups articles into events and "
                + "writes a report in which every line links back to its sources.",
        subcommands = {AnalyzeCommand.class, FetchCommand.class, WatchCommand.class, ExportCommand.class, ReindexCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class ParallaxCommand implements Runnable {
    /** Exit status when some inputs could not be read (the rest were processed and written). */
    public static final int EXIT_PARTIAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests and embedding. */
    public static CommandLine commandLine() {
        return new CommandLine(new ParallaxCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((ex, cl, parseResult) -> {
                    cl.getErr().println("parallax: " + ex.getMessage());
                    return 1;
                });
    }
}
