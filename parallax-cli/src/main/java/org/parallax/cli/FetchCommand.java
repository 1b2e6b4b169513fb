package org.parallax.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.parallax.model.RawArticle;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax fetch URL... [--data DIR]}: fetches pages, extracts their articles, adds them to a workspace. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetches web pages politely (robots.txt, a delay per host, a clear User-Agent), extracts "
                + "their articles and adds them to the workspace. A URL fetched before is not fetched again, and "
                + "a page whose canonical URL or text is already known is not added twice.",
                "Progress goes to stderr, the summary to stdout. Ctrl-C stops fetching and adds what was fetched.",
                "Exit status: 0 success, 1 the workspace cannot be opened, 2 usage error, 3 some pages could not "
                        + "be fetched or read (each is named on stderr)."})
final class FetchCommand implements Callable<Integer> {
    private static final long STOP_GRACE_MILLIS = 20_000;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "URL", description = "Pages to fetch (http or https).")
    List<String> urls;

    @Mixin
    FetchOptions options;

    @Override
    public Integer call() throws IOException {
        try (FetchSession session = new FetchSession(options, spec.commandLine().getErr())) {
            session.stopOnCtrlC(Thread.currentThread(), STOP_GRACE_MILLIS);
            List<RawArticle> found = new ArrayList<>();
            for (String url : urls) {
                if (session.stopRequested()) {
                    break;
                }
                session.pages().collect(url, session).ifPresent(found::add);
            }
            session.store(found);
            session.printSummary(spec.commandLine().getOut());
            return session.hadFailures() ? ParallaxCommand.EXIT_PARTIAL : 0;
        }
    }
}
