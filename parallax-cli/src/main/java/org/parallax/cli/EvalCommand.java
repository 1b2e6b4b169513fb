package org.parallax.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code parallax eval}: being written. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Being written.")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("eval: being written");
    }
}
