package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.parallax.eval.BCubed;
import org.parallax.eval.BCubedScore;
import org.parallax.eval.ClusterLabels;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax eval clusters --gold GOLD.jsonl EVENTS.json}: B-cubed scores of the events against gold. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = {"B-cubed precision, recall and F1 of the events in EVENTS.json against gold event labels.",
                "GOLD.jsonl has one JSON object per line: {\"id\": ARTICLE_ID, \"event\": LABEL}. Only articles on "
                        + "both sides are scored; the others are reported."})
final class EvalClustersCommand implements Callable<Integer> {
    /** Exit status when an input file cannot be read (nothing can be scored then). */
    static final int EXIT_UNREADABLE = 1;

    /** How many missing ids are named before the rest are only counted. */
    private static final int NAMED = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "Gold event labels.")
    Path gold;

    @Parameters(index = "0", paramLabel = "EVENTS.json", description = "The events.json written by analyze.")
    Path events;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClusterLabels goldLabels;
        ClusterLabels predicted;
        try {
            goldLabels = ClusterLabels.readGold(gold);
            predicted = ClusterLabels.readEvents(events);
        } catch (NoSuchFileException e) {
            err.println("parallax eval clusters: no such file: " + e.getFile());
            err.flush();
            return EXIT_UNREADABLE;
        } catch (IOException e) {
            err.println("parallax eval clusters: cannot read input: " + e.getMessage());
            err.flush();
            return EXIT_UNREADABLE;
        }
        goldLabels.warnings().forEach(err::println);
        predicted.warnings().forEach(err::println);
        BCubedScore s = BCubed.score(goldLabels.labels(), predicted.labels());
        out.printf(Locale.ROOT, "B-cubed precision  %.4f%n", s.precision());
        out.printf(Locale.ROOT, "B-cubed recall     %.4f%n", s.recall());
        out.printf(Locale.ROOT, "B-cubed F1         %.4f%n", s.f1());
        out.printf(Locale.ROOT, "articles scored    %d (gold events %d, predicted events %d)%n", s.items(),
                s.goldClusters(), s.predictedClusters());
        report(out, "in the gold but not in " + events.getFileName(), s.missingPredicted());
        report(out, "in " + events.getFileName() + " but not in the gold", s.missingGold());
        out.flush();
        err.flush();
        return 0;
    }

    private static void report(PrintWriter out, String what, List<String> ids) {
        out.printf(Locale.ROOT, "articles %s: %d%n", what, ids.size());
        if (!ids.isEmpty()) {
            List<String> shown = ids.subList(0, Math.min(NAMED, ids.size()));
            out.println("  " + String.join(", ", shown) + (ids.size() > NAMED ? ", ..." : ""));
        }
    }
}
