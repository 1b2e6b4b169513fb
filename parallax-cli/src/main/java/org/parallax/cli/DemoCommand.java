package org.parallax.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code parallax demo}: being written. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Being written.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("demo: being written");
    }
}
