package org.parallax.cli.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code parallax} command run in a child JVM on the test class path, so that it can be killed with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux) like a crashing process. Its output goes to files in {@code logs}.
 */
final class ChildParallax implements AutoCloseable {
    private final Process process;
    private final Path out;
    private final Path err;

    private ChildParallax(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code parallax ARGS...}; {@code name} names its output files in {@code logs}. */
    static ChildParallax start(Path logs, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.parallax.cli.ParallaxCommand"));
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildParallax(p, out, err);
    }

    /** The child's process id. */
    long pid() {
        return process.pid();
    }

    /** Whether it still runs. */
    boolean alive() {
        return process.isAlive();
    }

    /** Kills it with SIGKILL (no shutdown hook runs) and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits up to {@code seconds} for it to end; its exit status, or -1 (after killing it) when it did not end. */
    int await(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            kill();
            return -1;
        }
        return process.exitValue();
    }

    /** What it wrote to stdout so far. */
    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** What it wrote to stderr so far. */
    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /**
     * Waits for a running {@code serve} to print its address and returns its port; fails when it ends or takes
     * longer than {@code seconds}.
     */
    int awaitPort(long seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/")
                    .matcher(out());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("serve ended with " + process.exitValue() + ": " + err());
            }
            Thread.sleep(50);
        }
        kill();
        throw new IllegalStateException("serve did not start in " + seconds + " s: " + out() + err());
    }

    /** Kills it if it still runs, so that no test leaves a process behind. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
