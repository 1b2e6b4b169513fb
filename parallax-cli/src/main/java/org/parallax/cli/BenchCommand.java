package org.parallax.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code parallax bench}: being written. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Being written.")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bench: being written");
    }
}
