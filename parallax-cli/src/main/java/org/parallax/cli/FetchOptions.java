package org.parallax.cli;

import java.nio.file.Path;
import java.time.Duration;

import org.parallax.Settings;
import org.parallax.fetch.FetchSettings;
import org.parallax.store.WorkspaceSettings;

import picocli.CommandLine.Option;

/** The options {@code fetch} and {@code watch} share: the workspace and how politely to fetch. */
final class FetchOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "parallax-data",
            description = "The workspace folder the articles are added to (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--delay", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Least time between two requests to the same host (default: 2s; a longer robots.txt "
                    + "Crawl-delay wins).")
    Duration delay;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Longest wait for one response (default: 30s).")
    Duration timeout;

    @Option(names = "--user-agent", paramLabel = "TEXT",
            description = "The User-Agent sent (default: Parallax/VERSION (+" + FetchSettings.HOME + ")).")
    String userAgent;

    @Option(names = "--no-annotate",
            description = "Skip the annotation stage when adding (faster; clustering only).")
    boolean noAnnotate;

    /** The fetch settings these options ask for. */
    FetchSettings fetchSettings() {
        String v = Version.class.getPackage().getImplementationVersion();
        FetchSettings s = FetchSettings.defaults(v == null ? "dev" : v);
        if (userAgent != null && !userAgent.isBlank()) {
            s = s.withUserAgent(userAgent.strip());
        }
        if (delay != null) {
            s = s.withHostDelay(delay);
        }
        if (timeout != null) {
            s = s.withTimeouts(s.connectTimeout().compareTo(timeout) < 0 ? s.connectTimeout() : timeout, timeout);
        }
        return s;
    }

    /** The workspace settings these options ask for. */
    WorkspaceSettings workspaceSettings() {
        return new WorkspaceSettings(Settings.defaults().withAnnotate(!noAnnotate),
                WorkspaceSettings.defaults().maxTextChars());
    }
}
