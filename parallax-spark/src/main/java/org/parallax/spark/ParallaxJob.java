package org.parallax.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.parallax.cluster.ClusterSettings;
import org.parallax.ingest.IngestSettings;
import org.parallax.model.Analysis;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Dossier;
import org.parallax.model.Event;
import org.parallax.render.EventsJson;
import org.parallax.render.Reports;

import scala.Tuple2;

/**
 * The Parallax pipeline as a Spark job: the same core code as the CLI, distributed.
 *
 * <ol>
 * <li>read: each input file through the core's ingestor ({@link FileIngest}); a bad file or record becomes a
 *     problem;</li>
 * <li>prepare: clean, annotate and count terms per partition ({@link Preparer}); repeated ids are dropped as the CLI
 *     drops them (the first in input order stays);</li>
 * <li>statistics: document frequencies over the whole corpus (per-partition counts, reduced, broadcast back as a
 *     {@link TermSpace}), so every article is weighed as the batch clusterer weighs it;</li>
 * <li>blocking and scoring: articles are blocked under their index terms and compared within a block, sorted by
 *     time, with the clusterer's own decayed cosine ({@link LinkFinder}); pairs above the link threshold are
 *     links;</li>
 * <li>components: connected components over the links ({@link ConnectedComponents});</li>
 * <li>clustering: the core's batch clusterer on each component, with the corpus-wide statistics
 *     ({@link ComponentClusterer});</li>
 * <li>dossiers: each event's dossier and output lines, events in parallel ({@link EventWriter});</li>
 * <li>write: events and articles (JSON Lines or Parquet), problems.jsonl, summary.json, and the HTML report of the
 *     largest events when asked.</li>
 * </ol>
 */
public final class ParallaxJob {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ParallaxJob() {
    }

    /** Runs the job: {@code --input PATH --output PATH [options]} (see {@link JobOptions#usage()}). */
    public static void main(String[] args) throws IOException {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.println(JobOptions.usage());
            return;
        }
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("parallax spark: " + e.getMessage());
            System.err.println(JobOptions.usage());
            System.exit(2);
            return;
        }
        SparkConf conf = new SparkConf().setAppName("parallax");
        if (options.master() != null) {
            conf.setMaster(options.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            RunSummary summary = run(spark, options);
            System.out.println(JSON.writeValueAsString(summary));
        } catch (InputNotFound e) {
            System.err.println("parallax spark: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Runs the pipeline on a running Spark session and returns (and writes) its summary. */
    public static RunSummary run(SparkSession spark, JobOptions o) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        Path inputPath = new Path(o.input());
        if (!inputPath.getFileSystem(jsc.hadoopConfiguration()).exists(inputPath)) {
            throw new InputNotFound("input not found: " + o.input());
        }
        int parts = o.partitions() > 0 ? o.partitions() : jsc.defaultParallelism();
        Stages stages = new Stages();

        LongAccumulator files = jsc.sc().longAccumulator("files");
        JavaRDD<Item<RawRecord>> read = cached(read(jsc, o.input(), parts, files));
        long records = stages.time("read", () -> read.filter(Item::ok).count());
        JavaRDD<ProblemRow> readProblems = kept(read.filter(i -> !i.ok()).map(Item::problem));

        JavaRDD<Item<Doc>> prepared = cached(prepare(read, parts, o.annotate(), o.cluster()));
        stages.time(o.annotate() ? "clean+annotate" : "clean", prepared::count);
        JavaRDD<ProblemRow> preparedProblems = kept(prepared.filter(i -> !i.ok()).map(Item::problem));
        // Each stage's result is cached until the next one's is; then it goes, so memory holds about two stages.
        read.unpersist(false);

        Deduplication unique = stages.time("statistics", () -> Deduplication.of(jsc,
                prepared.filter(Item::ok).map(Item::value)));
        Broadcast<TermSpace> space = stages.time("statistics", () -> statistics(jsc, unique.docs()));
        long articles = unique.docs().count();
        prepared.unpersist(false);

        JavaPairRDD<Long, Doc> byIndex = unique.docs().zipWithIndex().mapToPair(Tuple2::swap)
                .persist(StorageLevel.MEMORY_AND_DISK());
        LongAccumulator scored = jsc.sc().longAccumulator("scored pairs");
        JavaPairRDD<Long, Long> links = links(byIndex, space, o, parts, scored).persist(StorageLevel.MEMORY_AND_DISK());
        long linkCount = stages.time("blocking+scoring", links::count);
        unique.docs().unpersist(false);

        JavaPairRDD<Long, Long> component = stages.time("components", () -> ConnectedComponents.of(links)
                .persist(StorageLevel.MEMORY_AND_DISK()));
        // Sizes of the components of two or more articles (the others are single articles, never linked).
        JavaRDD<Long> sizes = cached(component.mapToPair(t -> new Tuple2<>(t._2(), 1L)).reduceByKey(Long::sum)
                .values().filter(n -> n > 1));
        long components = stages.time("components", sizes::count);
        long largestComponent = components == 0 ? Math.min(1, articles) : sizes.fold(0L, Math::max);
        sizes.unpersist(false);
        links.unpersist(false);

        JavaRDD<Tuple2<EventRow, List<byte[]>>> events = cached(cluster(byIndex, component, space, o.cluster(),
                parts));
        long eventCount = stages.time("clustering", events::count);
        byIndex.unpersist(false);
        component.unpersist(false);

        boolean annotate = o.annotate();
        JavaRDD<Item<EventOutput>> written = cached(events.repartition(parts)
                .mapPartitions(it -> new EventWriter(annotate).write(it)));
        stages.time(annotate ? "dossiers" : "render", written::count);
        events.unpersist(false);

        JavaRDD<ProblemRow> problems = cached(readProblems.union(preparedProblems).union(unique.duplicates())
                .union(written.filter(i -> !i.ok()).map(Item::problem)));
        Written w = stages.time("write", () -> write(spark, o, parts, written.filter(Item::ok).map(Item::value),
                problems));
        RunSummary summary = new RunSummary(o.input(), o.output(), jsc.master(), annotate, files.value(), records,
                articles, w.skipped(), w.warnings(), w.skippedByReason(), scored.value(), linkCount, components,
                largestComponent, eventCount, w.multiArticleEvents(), w.largestEvent(), stages.seconds(),
                stages.total(), stages.total() > 0 ? Math.round(articles / stages.total() * 10) / 10.0 : 0);
        new Outputs(spark, o.output()).writeString("summary.json", JSON.writeValueAsString(summary) + "\n");
        for (JavaRDD<?> r : List.of(readProblems, preparedProblems, unique.duplicates(), written, problems)) {
            r.unpersist(false);
        }
        return summary;
    }

    /** Stage 1: every input file through the core's ingestor. */
    private static JavaRDD<Item<RawRecord>> read(JavaSparkContext jsc, String input, int parts,
                                                 LongAccumulator files) {
        return jsc.binaryFiles(input, parts).flatMap(f -> {
            files.add(1);
            return FileIngest.read(f._1(), f._2(), IngestSettings.defaults()).iterator();
        });
    }

    /** Stage 2: articles spread over the partitions, then cleaned, annotated and their terms counted. */
    private static JavaRDD<Item<Doc>> prepare(JavaRDD<Item<RawRecord>> read, int parts, boolean annotate,
                                              ClusterSettings cluster) {
        return read.filter(Item::ok).map(Item::value).repartition(parts)
                .mapPartitions(it -> new Preparer(annotate, cluster).prepare(it));
    }

    /** Stage 3: document frequencies over the whole corpus, per-partition counts reduced, broadcast back. */
    private static Broadcast<TermSpace> statistics(JavaSparkContext jsc, JavaRDD<Doc> docs) {
        long n = docs.count();
        Map<String, Integer> df = new HashMap<>(docs.flatMap(d -> Arrays.asList(d.terms()).iterator())
                .mapToPair(t -> new Tuple2<>(t, 1))
                .reduceByKey(Integer::sum)
                .collectAsMap());
        return jsc.broadcast(new TermSpace(Math.toIntExact(n), df));
    }

    /** Stage 4: each article blocked under its index terms; pairs in a block scored; the strong ones. */
    private static JavaPairRDD<Long, Long> links(JavaPairRDD<Long, Doc> byIndex, Broadcast<TermSpace> space,
                                                 JobOptions o, int parts, LongAccumulator scored) {
        ClusterSettings cluster = o.cluster();
        double threshold = o.linkThreshold();
        int maxCompared = o.maxCompared();
        return byIndex
                .map(t -> space.value().vector(t._1(), t._2()))
                .flatMapToPair(v -> Arrays.stream(v.keys()).mapToObj(k -> new Tuple2<>(new BlockKey(k, v.day(),
                        v.index()), v)).iterator())
                .repartitionAndSortWithinPartitions(new BlockKey.ByTerm(parts), new BlockKey.Order())
                .mapPartitions(it -> new LinkFinder(cluster, threshold, maxCompared, scored).links(it))
                .mapToPair(t -> t)
                .distinct();
    }

    /** Stage 6: the core's batch clusterer on each component (an article without links is its own component). */
    private static JavaRDD<Tuple2<EventRow, List<byte[]>>> cluster(JavaPairRDD<Long, Doc> byIndex,
                                                                   JavaPairRDD<Long, Long> component,
                                                                   Broadcast<TermSpace> space,
                                                                   ClusterSettings cluster, int parts) {
        return byIndex.leftOuterJoin(component)
                .mapToPair(t -> new Tuple2<>(orSelf(t._2()._2(), t._1()), t._2()._1()))
                .groupByKey(parts)
                .flatMap(g -> ComponentClusterer.cluster(g._2(), cluster, space.value().statistics()).iterator());
    }

    /** What the write stage counted. */
    private record Written(long skipped, long warnings, Map<String, Long> skippedByReason, long multiArticleEvents,
                           long largestEvent) {
    }

    /** Stage 8: events and articles (sorted as the CLI sorts them), problems, and the report when asked. */
    private static Written write(SparkSession spark, JobOptions o, int parts, JavaRDD<EventOutput> outputs,
                                 JavaRDD<ProblemRow> problems) throws IOException {
        Outputs out = new Outputs(spark, o.output());
        out.write("events", outputs.mapToPair(e -> new Tuple2<>(e.order(), e.eventLine())).sortByKey(true, parts)
                .values(), o.format());
        out.write("articles", outputs.flatMapToPair(e -> zip(e.articleIds(), e.articleLines()).iterator())
                .sortByKey(true, parts).values(), o.format());
        out.writeLines("problems.jsonl", problems
                .mapToPair(p -> new Tuple2<>(String.format("%s\u0000%012d\u0000%s", p.source(), p.line(),
                        p.reason()), JSON_LINE.writeValueAsString(p)))
                .sortByKey(true, parts).values());
        if (o.report()) {
            writeReport(outputs, o.reportEvents(), out);
        }
        Map<String, Long> reasons = new TreeMap<>(problems.filter(ProblemRow::fatal)
                .map(p -> reasonPattern(p.reason())).countByValue());
        return new Written(problems.filter(ProblemRow::fatal).count(), problems.filter(p -> !p.fatal()).count(),
                top(reasons, 20), outputs.filter(e -> e.size() > 1).count(),
                outputs.map(EventOutput::size).fold(0, Math::max));
    }

    /** An RDD cached (memory, then disk) once an action computes it. */
    private static <T> JavaRDD<T> cached(JavaRDD<T> rdd) {
        return rdd.persist(StorageLevel.MEMORY_AND_DISK());
    }

    private static final ObjectMapper JSON_LINE = new ObjectMapper();

    /** Caches an RDD of problems (few, usually) and computes it now, while its input is still cached. */
    private static JavaRDD<ProblemRow> kept(JavaRDD<ProblemRow> problems) {
        JavaRDD<ProblemRow> p = problems.persist(StorageLevel.MEMORY_AND_DISK());
        p.count();
        return p;
    }

    private static Long orSelf(Optional<Long> component, Long self) {
        return component.isPresent() ? component.get() : self;
    }

    private static List<Tuple2<String, String>> zip(List<String> keys, List<String> values) {
        List<Tuple2<String, String>> out = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            out.add(new Tuple2<>(keys.get(i), values.get(i)));
        }
        return out;
    }

    /** A reason without what differs from record to record (numbers, quoted names), so like reasons count as one. */
    static String reasonPattern(String reason) {
        return reason.replaceAll("'[^']*'", "'…'").replaceAll("\\([^)]*\\)", "(…)").replaceAll("\\d+", "#");
    }

    private static Map<String, Long> top(Map<String, Long> counts, int n) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The HTML (and Markdown) report of the largest events, newest first among equals, written by the core. */
    private static void writeReport(JavaRDD<EventOutput> outputs, int n, Outputs out) throws IOException {
        List<EventOutput> largest = outputs.takeOrdered(n, new Largest());
        List<Article> articles = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        Map<String, Annotations> annotations = new TreeMap<>();
        Map<String, Dossier> dossiers = new TreeMap<>();
        for (EventOutput e : largest) {
            String file = "{\"articles\":[" + String.join(",", e.articleLines()) + "],\"events\":[" + e.eventLine()
                    + "]}";
            Analysis one = EventsJson.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
            articles.addAll(one.articles());
            events.addAll(one.events());
            annotations.putAll(one.annotations());
            dossiers.putAll(one.dossiers());
        }
        events.sort(org.parallax.cluster.EventClusterer.NEWEST_FIRST);
        java.nio.file.Path local = Files.createTempDirectory("parallax-report-");
        try {
            Reports.writeAll(new Analysis(articles, events, List.of(), annotations, dossiers), local);
            out.copyFolder(local, "report");
        } finally {
            try (Stream<java.nio.file.Path> all = Files.walk(local)) {
                for (java.nio.file.Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The input path does not exist: a usage error, not a failure of the run. */
    public static final class InputNotFound extends IOException {
        private static final long serialVersionUID = 1L;

        InputNotFound(String message) {
            super(message);
        }
    }

    /** Largest events first, then in output order. */
    private static final class Largest implements Comparator<EventOutput>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(EventOutput a, EventOutput b) {
            int c = Integer.compare(b.size(), a.size());
            return c != 0 ? c : a.order().compareTo(b.order());
        }
    }
}
