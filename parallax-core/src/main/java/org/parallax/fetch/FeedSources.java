package org.parallax.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.parallax.ingest.Rejected;
import org.parallax.ingest.TextDecoder;
import org.parallax.model.Problem;

/**
 * Turns what the user named as feeds into feed URLs: a URL is a feed; a file is an OPML subscription list when it
 * looks like one, else a text file with one URL per line ({@code #} starts a comment). Each feed is listed once.
 */
public final class FeedSources {
    private FeedSources() {
    }

    /** The feed URLs named by {@code args}, in order; what cannot be used goes to {@code problems}. */
    public static List<String> resolve(List<String> args, Consumer<Problem> problems) {
        Set<String> feeds = new LinkedHashSet<>();
        for (String arg : args) {
            if (Fetcher.parse(arg) != null) {
                feeds.add(Fetcher.parse(arg).toString());
            } else {
                readFile(Path.of(arg), feeds, problems);
            }
        }
        return new ArrayList<>(feeds);
    }

    private static void readFile(Path file, Set<String> feeds, Consumer<Problem> problems) {
        String text;
        try {
            text = TextDecoder.decode(Files.readAllBytes(file)).text();
        } catch (IOException e) {
            problems.accept(Problem.skipped(file.toString(), 0, "not a URL, and the file cannot be read ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")"));
            return;
        } catch (Rejected e) {
            problems.accept(Problem.skipped(file.toString(), 0, e.getMessage()));
            return;
        }
        if (OpmlReader.looksLikeOpml(text)) {
            List<String> urls = OpmlReader.feedUrls(text);
            if (urls.isEmpty()) {
                problems.accept(Problem.skipped(file.toString(), 0, "OPML file lists no feeds (no xmlUrl)"));
            }
            for (String url : urls) {
                if (Fetcher.parse(url) == null) {
                    problems.accept(Problem.skipped(file.toString(), 0, "not an http(s) feed URL: " + url));
                } else {
                    feeds.add(Fetcher.parse(url).toString());
                }
            }
            return;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (Fetcher.parse(line) == null) {
                problems.accept(Problem.skipped(file.toString(), i + 1, "not an http(s) URL: " + line));
            } else {
                feeds.add(Fetcher.parse(line).toString());
            }
        }
    }
}
