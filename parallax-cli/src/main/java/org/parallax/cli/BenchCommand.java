package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.parallax.clean.Cleaner;
import org.parallax.eval.SyntheticNews;
import org.parallax.ingest.IngestSettings;
import org.parallax.ingest.Ingestor;
import org.parallax.model.Article;
import org.parallax.model.RawArticle;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parallax bench}: measures the throughput of the pipeline's stages on synthetic articles. Without a
 * subcommand it runs every stage; {@code parallax bench STAGE} runs one. Each stage is a {@link Stage}; later issues
 * add theirs to {@link #STAGES} and as subcommands.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures stage throughput on synthetic articles (generated deterministically from a seed):"
                + " for each size, a warm-up run, then timed runs; prints the median wall-clock time, articles/s,"
                + " the median process CPU time and the peak heap (used, garbage included).",
                "Without a subcommand, runs every stage."},
        subcommands = {BenchClusterCommand.class, BenchAnnotateCommand.class, BenchCompareCommand.class,
                BenchStoreCommand.class, BenchWarcCommand.class})
final class BenchCommand implements Callable<Integer> {
    /** Every stage, in pipeline order. */
    static final List<Stage> STAGES = List.of(new BenchClusterCommand());

    @Spec
    CommandSpec spec;

    @Mixin
    Options options;

    @Option(names = "--annotate-min-tokens", paramLabel = "N", defaultValue = "60000",
            description = "Tokens per pass of the annotation stage (default: ${DEFAULT-VALUE}).")
    int annotateMinTokens;

    @Option(names = "--compare-sizes", paramLabel = "N", defaultValue = "2,10,50,200",
            description = "Articles per event for the comparison stage (default: ${DEFAULT-VALUE}).")
    String compareSizes;

    @Override
    public Integer call() {
        options.validate(spec);
        PrintWriter out = spec.commandLine().getOut();
        for (Stage stage : STAGES) {
            run(stage, options, out);
        }
        out.println();
        out.println("stage annotate (real prose, not synthetic: see 'parallax bench annotate --help')");
        out.flush();
        int annotated = spec.commandLine().getSubcommands().get("annotate").execute("--runs",
                String.valueOf(options.runs), "--min-tokens", String.valueOf(annotateMinTokens));
        if (annotated != 0) {
            return annotated;
        }
        out.println();
        out.println("stage compare (one event's dossier, real prose: see 'parallax bench compare --help')");
        out.flush();
        return spec.commandLine().getSubcommands().get("compare").execute("--runs", String.valueOf(options.runs),
                "--sizes", compareSizes);
    }

    /** A benchmarked stage: what it does to a synthetic corpus. */
    interface Stage {
        /** Short name, as on the command line. */
        String name();

        /** Runs the stage once over the corpus; returns a one-line note on the result (e.g. its quality). */
        String run(SyntheticNews.Corpus corpus);
    }

    /** Options shared by {@code bench} and its subcommands. */
    static final class Options {
        @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "1000,10000,100000",
                description = "Corpus sizes in articles (default: ${DEFAULT-VALUE}).")
        int[] sizes;

        @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
                description = "Timed runs per size; the median is reported (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "20261125",
                description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
        long seed;

        /** Rejects sizes and run counts below 1 as a usage error. */
        void validate(CommandSpec spec) {
            if (runs < 1 || Arrays.stream(sizes).anyMatch(n -> n < 1)) {
                throw new ParameterException(spec.commandLine(), "--runs and --sizes must be at least 1");
            }
        }
    }

    /** Benchmarks one stage at every size and prints a table. */
    static void run(Stage stage, Options options, PrintWriter out) {
        out.printf(Locale.ROOT, "stage %s, seed %d, %d timed run(s) per size after a warm-up, %d core(s), "
                + "max heap %d MiB%n", stage.name(), options.seed, options.runs,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%10s %10s %12s %10s %14s  %s%n", "articles", "median s", "articles/s", "cpu s",
                "peak heap MiB", "result");
        out.flush();
        for (int size : options.sizes) {
            SyntheticNews.Corpus corpus = new SyntheticNews(options.seed).generate(size);
            stage.run(corpus);
            resetPeakHeap();
            double[] seconds = new double[options.runs];
            double[] cpu = new double[options.runs];
            String note = "";
            for (int r = 0; r < options.runs; r++) {
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                note = stage.run(corpus);
                seconds[r] = (System.nanoTime() - t0) / 1e9;
                cpu[r] = (processCpuNanos() - c0) / 1e9;
            }
            Arrays.sort(seconds);
            Arrays.sort(cpu);
            double median = seconds[seconds.length / 2];
            out.printf(Locale.ROOT, "%10d %10.3f %12.0f %10.3f %14d  %s%n", size, median, size / median,
                    cpu[cpu.length / 2], peakHeap() >> 20, note);
            out.flush();
        }
    }

    /**
     * CPU time of the whole process (all threads, GC included), or 0 where the JVM does not tell: on a shared
     * machine it shows the work done, which wall-clock time hides behind other processes' load.
     */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the last reset (the corpus itself included). */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> out = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                out.add(pool);
            }
        }
        return out;
    }

    /**
     * Cleaned articles for the real-prose stages: those under {@code inputs}, or the bundled demo corpus when there
     * are none (copied to a temporary folder that is removed again).
     */
    static List<Article> readArticles(List<Path> inputs) throws IOException {
        if (!inputs.isEmpty()) {
            return cleaned(inputs);
        }
        Path dir = Files.createTempDirectory("parallax-bench-");
        try {
            return cleaned(DemoCorpus.copyTo(dir));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static List<Article> cleaned(List<Path> paths) {
        List<RawArticle> raw = new ArrayList<>();
        new Ingestor(IngestSettings.defaults()).read(paths, raw::add, p -> { });
        Cleaner cleaner = new Cleaner();
        return raw.stream().map(cleaner::clean).toList();
    }
}
