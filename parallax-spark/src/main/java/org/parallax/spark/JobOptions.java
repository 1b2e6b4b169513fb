package org.parallax.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parallax.cluster.ClusterSettings;

/**
 * What one run of {@link ParallaxJob} reads, writes and how.
 *
 * @param input         a file or folder on any Hadoop file system (local path, hdfs://, s3a://)
 * @param output        the folder to write to (created; files in it are replaced)
 * @param master        the Spark master (local[2], yarn, spark://host:7077), or null to take spark-submit's
 * @param format        how events and articles are written
 * @param report        whether to write the HTML report of the largest events too
 * @param reportEvents  how many events the report shows (the largest, then the newest)
 * @param annotate      whether to annotate (CoreNLP) and build dossiers; clustering does not need it
 * @param cluster       the clustering settings (the CLI's defaults)
 * @param linkThreshold the least decayed similarity of a pair for it to join two articles into one component
 * @param maxCompared   how many of the most recent articles sharing a key term each article is compared with
 * @param partitions    how many partitions the per-article stages use, 0 for Spark's default parallelism
 */
public record JobOptions(String input, String output, String master, Format format, boolean report, int reportEvents,
                         boolean annotate, ClusterSettings cluster, double linkThreshold, int maxCompared,
                         int partitions) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The output formats. */
    public enum Format {
        /** One JSON object per line, the objects of events.json (docs/format.md). */
        JSONL,
        /** Apache Parquet, with the schema of those objects. */
        PARQUET
    }

    /** How many most recent articles sharing a key term an article is compared with, by default. */
    public static final int DEFAULT_MAX_COMPARED = 256;

    public JobOptions {
        if (input == null || output == null) {
            throw new IllegalArgumentException("--input and --output are required");
        }
        if (reportEvents < 1 || maxCompared < 1 || partitions < 0 || !(linkThreshold > 0 && linkThreshold < 1)) {
            throw new IllegalArgumentException("report events and max compared must be positive, the link"
                    + " threshold in (0, 1)");
        }
    }

    /**
     * The defaults for an input and output: JSON Lines, no report, annotation on, the CLI's clustering settings, and
     * a link threshold of half the clusterer's least neighbour similarity (see docs/accuracy.md, "Spark").
     */
    public static JobOptions of(String input, String output) {
        ClusterSettings c = ClusterSettings.defaults();
        return new JobOptions(input, output, null, Format.JSONL, false, 20, true, c, c.minSimilarity() / 2,
                DEFAULT_MAX_COMPARED, 0);
    }

    /** These options with annotation on or off. */
    public JobOptions withAnnotate(boolean on) {
        return new JobOptions(input, output, master, format, report, reportEvents, on, cluster, linkThreshold,
                maxCompared, partitions);
    }

    /** These options with another master. */
    public JobOptions withMaster(String m) {
        return new JobOptions(input, output, m, format, report, reportEvents, annotate, cluster, linkThreshold,
                maxCompared, partitions);
    }

    /** These options with another output format. */
    public JobOptions withFormat(Format f) {
        return new JobOptions(input, output, master, f, report, reportEvents, annotate, cluster, linkThreshold,
                maxCompared, partitions);
    }

    /** These options with the report on or off. */
    public JobOptions withReport(boolean on) {
        return new JobOptions(input, output, master, format, on, reportEvents, annotate, cluster, linkThreshold,
                maxCompared, partitions);
    }

    /** These options with another number of partitions. */
    public JobOptions withPartitions(int n) {
        return new JobOptions(input, output, master, format, report, reportEvents, annotate, cluster, linkThreshold,
                maxCompared, n);
    }

    /** The usage text. */
    public static String usage() {
        return String.join("\n",
                "Usage: parallax spark --input PATH --output PATH [options]",
                "  --input PATH           a file or folder (JSON Lines, JSON, text, HTML; gzipped too) on any Hadoop",
                "                         file system: /local/path, hdfs://..., s3a://...",
                "  --output PATH          the folder to write events, articles, summary.json (and report/) to",
                "  --master URL           Spark master, e.g. local[2] (default: spark-submit's, else local[*])",
                "  --format jsonl|parquet output format (default jsonl)",
                "  --report               also write the HTML report of the largest events",
                "  --report-events N      how many events the report shows (default 20)",
                "  --no-annotate          skip annotation and dossiers (clustering only)",
                "  --link-threshold X     least similarity that links two articles into one block (default 0.05)",
                "  --max-compared N       articles compared per article and key term (default "
                        + DEFAULT_MAX_COMPARED + ")",
                "  --partitions N         partitions of the per-article stages (default: Spark's parallelism)");
    }

    /**
     * Parses command-line arguments.
     *
     * @throws IllegalArgumentException naming the bad or missing argument
     */
    public static JobOptions parse(String[] args) {
        String input = null;
        String output = null;
        JobOptions defaults = of("-", "-");
        String master = null;
        Format format = Format.JSONL;
        boolean report = false;
        int reportEvents = defaults.reportEvents();
        boolean annotate = true;
        double link = defaults.linkThreshold();
        int maxCompared = defaults.maxCompared();
        int partitions = 0;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String a = rest.remove(0);
            switch (a) {
                case "--input" -> input = value(a, rest);
                case "--output" -> output = value(a, rest);
                case "--master" -> master = value(a, rest);
                case "--format" -> format = format(value(a, rest));
                case "--report" -> report = true;
                case "--report-events" -> reportEvents = integer(a, value(a, rest));
                case "--no-annotate" -> annotate = false;
                case "--link-threshold" -> link = number(a, value(a, rest));
                case "--max-compared" -> maxCompared = integer(a, value(a, rest));
                case "--partitions" -> partitions = integer(a, value(a, rest));
                default -> throw new IllegalArgumentException("unknown argument: " + a);
            }
        }
        if (input == null || output == null) {
            throw new IllegalArgumentException("--input and --output are required");
        }
        return new JobOptions(input, output, master, format, report, reportEvents, annotate, defaults.cluster(),
                link, maxCompared, partitions);
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static Format format(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> Format.JSONL;
            case "parquet" -> Format.PARQUET;
            default -> throw new IllegalArgumentException("--format must be jsonl or parquet, was " + s);
        };
    }

    private static int integer(String option, String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, was " + s);
        }
    }

    private static double number(String option, String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, was " + s);
        }
    }
}
