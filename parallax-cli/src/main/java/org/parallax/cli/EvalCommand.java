package org.parallax.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code parallax eval}: scores Parallax's output against gold annotations. One subcommand per kind of output;
 * clusters, quotes, conflicts and main-text extraction.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Parallax's output against gold annotations.",
        subcommands = {EvalClustersCommand.class, EvalQuotesCommand.class, EvalConflictsCommand.class,
                EvalExtractionCommand.class})
final class EvalCommand implements Callable<Integer> {
    /** Exit status of a usage error. */
    static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to score: show the usage and report a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_USAGE;
    }
}
