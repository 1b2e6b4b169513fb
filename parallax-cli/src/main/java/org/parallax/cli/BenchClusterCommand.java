package org.parallax.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.parallax.cluster.ClusterSettings;
import org.parallax.cluster.EventClusterer;
import org.parallax.eval.BCubed;
import org.parallax.eval.BCubedScore;
import org.parallax.eval.SyntheticNews;
import org.parallax.model.Event;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax bench cluster}: event clustering throughput (batch mode, default settings). */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Measures event clustering throughput (and its B-cubed F1 against the synthetic events).")
final class BenchClusterCommand implements Callable<Integer>, BenchCommand.Stage {
    @Spec
    CommandSpec spec;

    @Mixin
    BenchCommand.Options options;

    @Override
    public Integer call() {
        options.validate(spec);
        BenchCommand.run(this, options, spec.commandLine().getOut());
        return 0;
    }

    @Override
    public String name() {
        return "cluster";
    }

    @Override
    public String run(SyntheticNews.Corpus corpus) {
        List<Event> events = EventClusterer.cluster(corpus.articles(), ClusterSettings.defaults());
        Map<String, String> predicted = new HashMap<>();
        for (Event e : events) {
            for (String id : e.articleIds()) {
                predicted.put(id, e.id());
            }
        }
        BCubedScore s = BCubed.score(corpus.gold(), predicted);
        return String.format(Locale.ROOT, "%d events (%d true), B-cubed F1 %.3f", events.size(),
                s.goldClusters(), s.f1());
    }
}
