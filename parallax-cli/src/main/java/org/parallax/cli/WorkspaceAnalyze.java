package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.parallax.Settings;
import org.parallax.ingest.Ingestor;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;
import org.parallax.render.Reports;
import org.parallax.store.AddResult;
import org.parallax.store.Stats;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

/** {@code parallax analyze PATH... --data DIR}: adds the articles to a workspace and summarises what it did. */
final class WorkspaceAnalyze {
    private WorkspaceAnalyze() {
    }

    /**
     * Reads the inputs, adds them to the workspace in {@code data}, prints a summary and, when {@code report} is not
     * null, writes the whole workspace's report there. Returns the exit status.
     */
    static int run(List<Path> inputs, Path data, Path report, Settings settings, PrintWriter stdout,
                   PrintWriter stderr) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> raw = new ArrayList<>();
        AddResult result;
        Stats stats;
        try (Workspace ws = Workspace.open(data, new WorkspaceSettings(settings,
                WorkspaceSettings.defaults().maxTextChars()));
             ProgressBar bar = new ProgressBar(stderr)) {
            AtomicLong read = new AtomicLong();
            new Ingestor(settings.ingest()).read(inputs, a -> {
                raw.add(a);
                bar.update("reading", read.incrementAndGet(), -1);
            }, problems::add);
            result = ws.add(raw, bar);
            stats = ws.stats();
            bar.close();
            problems.addAll(result.problems());
            for (Problem p : problems) {
                stderr.println(p);
            }
            stderr.flush();
            if (report != null) {
                Reports.writeAll(ws.export(), report);
            }
        }
        print(result, stats, data, report, stdout);
        boolean skipped = problems.stream().anyMatch(Problem::fatal);
        return skipped ? ParallaxCommand.EXIT_PARTIAL : 0;
    }

    private static void print(AddResult result, Stats stats, Path data, Path report, PrintWriter out) {
        long added = count(result, AddResult.Status.ADDED);
        long duplicates = count(result, AddResult.Status.DUPLICATE);
        long rejected = count(result, AddResult.Status.REJECTED);
        out.printf("%d added, %d duplicates, %d rejected; %d events touched%n", added, duplicates, rejected,
                result.touchedEventIds().size());
        for (AddResult.Outcome o : result.outcomes()) {
            if (o.status() == AddResult.Status.DUPLICATE) {
                out.printf("  duplicate: %s%n", o.reason());
            }
        }
        out.printf("Workspace: %s (%d articles, %d events)%n", data.toAbsolutePath().normalize(), stats.articles(),
                stats.events());
        if (report != null) {
            out.println("Report:    " + report.resolve("index.html").toAbsolutePath().normalize());
        }
        out.flush();
    }

    private static long count(AddResult result, AddResult.Status status) {
        return result.outcomes().stream().filter(o -> o.status() == status).count();
    }
}
