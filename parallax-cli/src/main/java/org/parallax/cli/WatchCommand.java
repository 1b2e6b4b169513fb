package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.parallax.fetch.FeedSources;
import org.parallax.fetch.FeedWatcher;
import org.parallax.model.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parallax watch FEEDS... [--data DIR] [--every 10m] [--once]}: polls RSS/Atom feeds and adds their new
 * items' articles to a workspace, until Ctrl-C.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Polls RSS and Atom feeds with conditional GET, fetches the pages of new items, extracts "
                + "their articles and adds them to the workspace's events, every --every until Ctrl-C (or once, "
                + "with --once).",
                "FEEDS: feed URLs, OPML subscription files, or text files with one feed URL per line.",
                "Exit status: 0 success, 1 the workspace cannot be opened, 2 usage error, 3 (with --once) some feeds "
                        + "or pages could not be fetched or read."})
final class WatchCommand implements Callable<Integer> {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FEEDS", description = "Feed URLs, OPML files or lists of URLs.")
    List<String> sources;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "Time between the starts of two polls (default: ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--once", description = "Poll every feed once, then stop.")
    boolean once;

    @Mixin
    FetchOptions options;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (every.isZero() || every.isNegative()) {
            throw new ParameterException(spec.commandLine(), "--every must be longer than zero");
        }
        List<Problem> problems = new ArrayList<>();
        List<String> feeds = FeedSources.resolve(sources, problems::add);
        if (feeds.isEmpty()) {
            problems.forEach(err::println);
            throw new ParameterException(spec.commandLine(), "no feed URLs found in " + String.join(" ", sources));
        }
        try (FetchSession session = new FetchSession(options, err)) {
            problems.forEach(session::problem);
            FeedWatcher watcher = new FeedWatcher(session.fetcher(), session.log(), session.pages(),
                    Clock.systemUTC());
            session.stopOnCtrlC(Thread.currentThread(), SHUTDOWN_GRACE.toMillis());
            loop(watcher, feeds, session, err);
            session.printSummary(out);
            return once && session.hadFailures() ? ParallaxCommand.EXIT_PARTIAL : 0;
        }
    }

    private void loop(FeedWatcher watcher, List<String> feeds, FetchSession session, PrintWriter err) {
        while (true) {
            long start = System.nanoTime();
            watcher.poll(feeds, session::store, session);
            if (once || session.stopRequested()) {
                return;
            }
            Duration rest = every.minusNanos(System.nanoTime() - start);
            if (!rest.isNegative()) {
                err.println("next poll in " + rest.toSeconds() + " s (Ctrl-C to stop)");
                err.flush();
                try {
                    Thread.sleep(rest.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
