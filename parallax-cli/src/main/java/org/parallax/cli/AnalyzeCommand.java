package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.parallax.Parallax;
import org.parallax.Settings;
import org.parallax.model.Analysis;
import org.parallax.model.Problem;
import org.parallax.render.Reports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax analyze PATH...}: reads articles, groups them into events, writes the report. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads articles (.txt, .html, .json, .jsonl, any of them .gz, and .warc/.warc.gz web "
                + "archives) from files and folders, groups "
                + "them into events and writes events.json, index.html and events.md.",
                "With --data DIR the articles are added to the workspace in DIR instead (created when missing): "
                        + "new articles join its events, duplicates (same URL or same text) are not stored twice, "
                        + "and a summary of the run is printed. The report is then written only when --out is "
                        + "given, and shows the whole workspace (as 'parallax export' does).",
                "Exit status: 0 success, 2 usage error, 3 some inputs could not be read or were refused (each is "
                        + "named on stderr; the rest are processed and written)."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files and folders (read recursively).")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "parallax-out",
            description = "Where to write the report (default: ${DEFAULT-VALUE}; with --data: no report unless "
                    + "given).")
    Path out;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Add the articles to the workspace in DIR (for example ./parallax-data) rather than "
                    + "analyse them on their own.")
    Path data;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Option(names = "--no-annotate",
            description = "Skip the annotation stage (entities, quotes, quantities, dates, attributions): much "
                    + "faster, for clustering only.")
    boolean noAnnotate;

    @Override
    public Integer call() throws IOException {
        Settings settings = Settings.defaults().withAnnotate(!noAnnotate);
        if (threads != null) {
            if (threads < 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--threads must be at least 1, was " + threads);
            }
            settings = settings.withThreads(threads);
        }
        if (data != null) {
            Path report = spec.commandLine().getParseResult().hasMatchedOption("--out") ? out : null;
            return WorkspaceAnalyze.run(inputs, data, report, settings, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        return run(inputs, out, settings, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs an analysis and writes its outputs; shared with {@code demo}. Returns the exit status. */
    static int run(List<Path> inputs, Path out, Settings settings, PrintWriter stdout, PrintWriter stderr)
            throws IOException {
        Analysis analysis;
        try (ProgressBar bar = new ProgressBar(stderr)) {
            analysis = Parallax.analyze(inputs, settings, bar);
        }
        for (Problem p : analysis.problems()) {
            stderr.println(p);
        }
        stderr.flush();
        Reports.writeAll(analysis, out);
        Summary.print(analysis, stdout);
        stdout.println();
        stdout.println("Report: " + out.resolve("index.html").toAbsolutePath().normalize());
        stdout.println("Data:   " + out.resolve("events.json").toAbsolutePath().normalize());
        stdout.flush();
        boolean skipped = analysis.problems().stream().anyMatch(Problem::fatal);
        return skipped ? ParallaxCommand.EXIT_PARTIAL : 0;
    }
}
