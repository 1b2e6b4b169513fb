package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.parallax.annotate.Annotator;
import org.parallax.compare.Coverage;
import org.parallax.compare.DossierBuilder;
import org.parallax.compare.Sentences;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Dossier;
import org.parallax.model.Event;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parallax bench compare}: time to build one event's dossier as the event grows. Events are made of real
 * annotated prose (the demo corpus, or --input), copied under new ids and outlets as {@link #event} describes; every
 * timed run starts with an empty embedding cache.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Measures the comparison stage: seconds to build one event's dossier for events of "
                + "2, 10, 50 and 200 articles (default), and how that grows with the number of sentences.",
                "Articles: the bundled demo corpus (or --input), annotated once, then copied under new ids."})
final class BenchCompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "PATH", description = "Article files or folders to build events from.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "2,10,50,200",
            description = "Articles per event (default: ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Timed runs per size; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException {
        if (runs < 1 || Arrays.stream(sizes).anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(), "--runs and --sizes must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Article> pool = BenchCommand.readArticles(inputs);
        if (pool.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no readable articles in the input");
        }
        Annotator annotator = new Annotator();
        Map<String, Annotations> annotations = new HashMap<>();
        for (Article a : pool) {
            annotations.put(a.id(), annotator.annotate(a, p -> { }));
        }
        out.printf(Locale.ROOT, "%d source articles; %d timed run(s) per size after a warm-up%n", pool.size(), runs);
        out.printf(Locale.ROOT, "%9s %10s %10s %14s %14s  %s%n", "articles", "sentences", "median s", "ms/article",
                "ms/sentence", "result");
        for (int size : sizes) {
            Coverage coverage = event(pool, annotations, size);
            int sentences = coverage.articles().stream().mapToInt(a -> Sentences.split(a.id(), a.text()).size()).sum();
            Dossier d = new DossierBuilder().build(coverage); // warm-up
            double[] seconds = new double[runs];
            for (int r = 0; r < runs; r++) {
                DossierBuilder cold = new DossierBuilder(); // no sentence embedded yet: each run pays for the model
                long t0 = System.nanoTime();
                d = cold.build(coverage);
                seconds[r] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(seconds);
            double median = seconds[runs / 2];
            out.printf(Locale.ROOT, "%9d %10d %10.3f %14.1f %14.2f  %d consensus, %d conflicts, %d quotes, "
                    + "%d syndicated%n", size, sentences, median, 1000 * median / size, 1000 * median / sentences,
                    d.consensus().size(), d.conflicts().size(), d.quotes().size(), d.syndication().size());
            out.flush();
        }
        return 0;
    }

    /**
     * An event of {@code size} articles: article {@code i} is source {@code i mod n} under a new id, its outlet
     * numbered so that copies count as different outlets. Each copy after the first has the case of every 31st letter
     * flipped (a different set per copy), so its sentences are new strings that must be embedded again, as distinct
     * articles' would be, while offsets, and the annotations shared with the source, stay valid.
     */
    static Coverage event(List<Article> pool, Map<String, Annotations> annotations, int size) {
        List<Article> members = new ArrayList<>(size);
        Map<String, Annotations> own = new HashMap<>();
        for (int i = 0; i < size; i++) {
            Article src = pool.get(i % pool.size());
            String id = String.format(Locale.ROOT, "a%05d", i);
            int copy = i / pool.size();
            members.add(new Article(id, src.title(), src.outlet() + "#" + copy, src.author(),
                    src.published(), src.url(), src.language(), flipCase(src.text(), copy), src.removed()));
            own.put(id, annotations.get(src.id()));
        }
        Event e = new Event("bench", "bench", members.stream().map(Article::id).toList(), null, null);
        return new Coverage(e, members, own);
    }

    /** {@code text} with the case of the letters at positions {@code copy - 1 (mod 31)} flipped; copy 0 unchanged. */
    static String flipCase(String text, int copy) {
        if (copy == 0) {
            return text;
        }
        char[] c = text.toCharArray();
        for (int j = (copy - 1) % 31; j < c.length; j += 31) {
            c[j] = Character.isUpperCase(c[j]) ? Character.toLowerCase(c[j]) : Character.toUpperCase(c[j]);
        }
        return new String(c);
    }
}
