package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.parallax.annotate.NlpPipeline;
import org.parallax.eval.PolnearGold;
import org.parallax.eval.QuoteEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax eval quotes --gold FILE.jsonl}: runs the quote annotator over PolNeAR-style gold and prints
 * precision, recall and F1 of content and cues, speaker accuracy and speed (definitions in {@link QuoteEval}).
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Score quotes, speakers and cues against PolNeAR-style gold (JSON Lines).")
final class EvalQuotesCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "Gold file: {id, published, text, attributions[]} per line.")
    private Path gold;

    @Option(names = "--threads", defaultValue = "1", description = "Articles annotated in parallel (default ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--limit", defaultValue = "0", description = "Score only the first N articles (0: all).")
    private int limit;

    @Option(names = "--errors", description = "Write every miss, false alarm and wrong speaker to this TSV file.")
    private Path errors;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            System.err.println("eval quotes: no such file: " + gold);
            return 2;
        }
        PolnearGold.Gold data = PolnearGold.read(gold, limit);
        if (data.skipped() > 0) {
            System.err.println("eval quotes: skipped " + data.skipped() + " unreadable line(s) in " + gold);
        }
        NlpPipeline nlp = new NlpPipeline();
        QuoteEval.Report report;
        if (errors == null) {
            report = new QuoteEval(nlp).run(data.articles(), threads, null);
        } else {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
                report = new QuoteEval(nlp).run(data.articles(), threads, out);
            }
        }
        System.out.print(report.format());
        return 0;
    }
}
