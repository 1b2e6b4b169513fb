package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.parallax.eval.ExtractionCounts;
import org.parallax.eval.ExtractionEval;
import org.parallax.eval.ExtractionPage;
import org.parallax.ingest.HtmlArticleReader;
import org.parallax.ingest.Rejected;
import org.parallax.ingest.TextDecoder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax eval extraction PAGES.jsonl.gz}: extracts the main text of every page of a benchmark in the
 * trafilatura evaluation format and prints precision, recall and F1 (scoring rule in {@link ExtractionEval}) for the
 * whole set and its development and held-out halves, and the extraction speed on one thread after a warm-up.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Precision, recall and F1 of main-text extraction from HTML, and pages per second.",
                "PAGES is JSON Lines (optionally .gz): {url, file, htmlBase64, with: [...], without: [...]} per line."})
final class EvalExtractionCommand implements Callable<Integer> {
    /** Exit status when the benchmark file cannot be read. */
    static final int EXIT_UNREADABLE = 1;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAGES", description = "The benchmark pages.")
    Path pages;

    @Option(names = "--warmup", defaultValue = "200",
            description = "Pages extracted before timing starts, to let the JIT compile (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write every missed 'with' and found 'without' snippet to this TSV file.")
    Path errors;

    @Option(names = "--dump", paramLabel = "DIR", description = "Write each page's extracted text to DIR/FILE.txt.")
    Path dump;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExtractionEval.Pages data;
        try {
            data = ExtractionEval.read(pages);
        } catch (NoSuchFileException e) {
            err.println("parallax eval extraction: no such file: " + e.getFile());
            err.flush();
            return EXIT_UNREADABLE;
        } catch (IOException e) {
            err.println("parallax eval extraction: cannot read " + pages + ": " + e.getMessage());
            err.flush();
            return EXIT_UNREADABLE;
        }
        List<ExtractionPage> all = data.pages();
        HtmlArticleReader reader = new HtmlArticleReader();
        for (int i = 0; i < Math.min(warmup, all.size()); i++) {
            extract(reader, all.get(i));
        }
        List<String> texts = new ArrayList<>(all.size());
        long bytes = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
        long cpuStart = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        for (ExtractionPage page : all) {
            texts.add(extract(reader, page));
            bytes += page.html().length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU time of this thread: unlike the wall clock, it does not count time other processes took the core.
        double cpuSeconds = cpuTimed ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : Double.NaN;

        ExtractionCounts whole = ExtractionCounts.ZERO;
        ExtractionCounts dev = ExtractionCounts.ZERO;
        ExtractionCounts heldOut = ExtractionCounts.ZERO;
        ExtractionCounts raw = ExtractionCounts.ZERO;
        int devPages = 0;
        int empty = 0;
        int failed = 0;
        for (int i = 0; i < all.size(); i++) {
            ExtractionPage page = all.get(i);
            String text = texts.get(i);
            failed += text == null ? 1 : 0;
            empty += text != null && text.isEmpty() ? 1 : 0;
            ExtractionCounts c = ExtractionEval.score(page, text);
            whole = whole.plus(c);
            raw = raw.plus(ExtractionEval.score(page, text, false));
            if (ExtractionEval.isHeldOut(page)) {
                heldOut = heldOut.plus(c);
            } else {
                dev = dev.plus(c);
                devPages++;
            }
        }
        out.printf(Locale.ROOT, "pages: %d (dev %d, held-out %d), unreadable lines %d, no text %d, failed %d%n",
                all.size(), devPages, all.size() - devPages, data.skipped(), empty, failed);
        out.printf(Locale.ROOT, "%-9s %6s %6s %6s %6s %9s %7s %6s%n", "split", "TP", "FP", "FN", "TN", "precision",
                "recall", "F1");
        row(out, "all", whole);
        row(out, "dev", dev);
        row(out, "held-out", heldOut);
        out.printf(Locale.ROOT, "(raw substring matching, no whitespace normalisation: F1 %.3f)%n", raw.f1());
        out.printf(Locale.ROOT, "speed: %.1f pages/s, %.1f MB/s (one thread, %d pages in %.2f s after %d warm-up "
                + "pages; decoding, parsing, metadata and main text)%n", all.size() / seconds,
                bytes / seconds / 1e6, all.size(), seconds, Math.min(warmup, all.size()));
        if (cpuTimed) {
            out.printf(Locale.ROOT, "cpu: %.1f pages per CPU second (%.2f s of this thread's CPU time)%n",
                    all.size() / cpuSeconds, cpuSeconds);
        }
        out.flush();
        if (errors != null) {
            writeErrors(all, texts);
        }
        if (dump != null) {
            Files.createDirectories(dump);
            for (int i = 0; i < all.size(); i++) {
                Files.writeString(dump.resolve(all.get(i).file() + ".txt"),
                        texts.get(i) == null ? "" : texts.get(i), StandardCharsets.UTF_8);
            }
        }
        return 0;
    }

    private static void row(PrintWriter out, String name, ExtractionCounts c) {
        out.printf(Locale.ROOT, "%-9s %6d %6d %6d %6d %9.3f %7.3f %6.3f%n", name, c.truePositives(),
                c.falsePositives(), c.falseNegatives(), c.trueNegatives(), c.precision(), c.recall(), c.f1());
    }

    /** The main text the project extracts from a page; "" when it finds none, null when extraction failed. */
    static String extract(HtmlArticleReader reader, ExtractionPage page) {
        try {
            String html = TextDecoder.decode(page.html()).text();
            return reader.read(html, page.file(), page.file()).text();
        } catch (Rejected e) {
            return "";
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void writeErrors(List<ExtractionPage> all, List<String> texts) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
            w.println("file\tsplit\tkind\tsnippet");
            for (int i = 0; i < all.size(); i++) {
                ExtractionPage page = all.get(i);
                String split = ExtractionEval.isHeldOut(page) ? "held-out" : "dev";
                for (String s : page.with()) {
                    if (ExtractionEval.score(single(page, s, true), texts.get(i)).falseNegatives() > 0) {
                        w.println(page.file() + "\t" + split + "\tmissed\t" + tsv(s));
                    }
                }
                for (String s : page.without()) {
                    if (ExtractionEval.score(single(page, s, false), texts.get(i)).falsePositives() > 0) {
                        w.println(page.file() + "\t" + split + "\tfound\t" + tsv(s));
                    }
                }
            }
        }
    }

    private static ExtractionPage single(ExtractionPage page, String snippet, boolean with) {
        return new ExtractionPage(page.url(), page.file(), page.html(), with ? List.of(snippet) : List.of(),
                with ? List.of() : List.of(snippet));
    }

    private static String tsv(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
