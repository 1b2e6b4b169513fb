package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.parallax.annotate.Annotator;
import org.parallax.annotate.NlpPipeline;
import org.parallax.model.Article;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parallax bench annotate}: throughput of the whole annotation stage (CoreNLP plus entities, quotes,
 * quantities, dates and attributions) on real prose, with 1 and 2 threads sharing one pipeline.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Measures the annotation stage (CoreNLP and Parallax's layers) in tokens/s and articles/s for "
                + "each thread count, sharing one loaded pipeline, and the peak heap.",
                "Input: article files (default: the bundled demo corpus), repeated until --min-tokens are reached."})
final class BenchAnnotateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "PATH", description = "Article files or folders to annotate.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--threads", split = ",", paramLabel = "N", defaultValue = "1,2",
            description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
    int[] threads;

    @Option(names = "--min-tokens", paramLabel = "N", defaultValue = "60000",
            description = "Repeat the input until a pass holds at least this many tokens (default: ${DEFAULT-VALUE}).")
    int minTokens;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Timed passes per thread count; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException {
        if (runs < 1 || minTokens < 1 || Arrays.stream(threads).anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(), "--runs, --min-tokens and --threads must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (inputs.isEmpty()) {
            out.println("input: the bundled demo corpus");
        }
        List<Article> articles = BenchCommand.readArticles(inputs);
        if (articles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no readable articles in the input");
        }
        long t0 = System.nanoTime();
        NlpPipeline pipeline = new NlpPipeline();
        out.printf(Locale.ROOT, "pipeline loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Annotator annotator = new Annotator(pipeline);
        long tokensPerCopy = 0;
        for (Article a : articles) {
            tokensPerCopy += pipeline.annotate(a.text(), a.published()).tokens().size();
        }
        List<Article> pass = repeat(articles, (int) Math.max(1, (minTokens + tokensPerCopy - 1) / tokensPerCopy));
        long tokens = tokensPerCopy * (pass.size() / articles.size());
        out.printf(Locale.ROOT, "%d articles, %d tokens a pass; %d core(s), max heap %d MiB%n", pass.size(), tokens,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%8s %10s %12s %18s %12s %14s%n", "threads", "median s", "tokens/s",
                "tokens/s/thread", "articles/s", "peak heap MiB");
        for (int n : threads) {
            annotateAll(annotator, pass, n); // warm-up
            BenchCommand.resetPeakHeap();
            double[] seconds = new double[runs];
            for (int r = 0; r < runs; r++) {
                long s = System.nanoTime();
                annotateAll(annotator, pass, n);
                seconds[r] = (System.nanoTime() - s) / 1e9;
            }
            Arrays.sort(seconds);
            double median = seconds[runs / 2];
            out.printf(Locale.ROOT, "%8d %10.2f %12.0f %18.0f %12.1f %14d%n", n, median, tokens / median,
                    tokens / median / n, pass.size() / median, BenchCommand.peakHeap() >> 20);
            out.flush();
        }
        return 0;
    }

    private static List<Article> repeat(List<Article> articles, int copies) {
        List<Article> out = new ArrayList<>(articles.size() * copies);
        for (int i = 0; i < copies; i++) {
            out.addAll(articles);
        }
        return out;
    }

    private static void annotateAll(Annotator annotator, List<Article> articles, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> annotator.annotate(a, p -> { })));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
