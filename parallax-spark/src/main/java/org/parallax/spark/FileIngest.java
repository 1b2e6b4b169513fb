package org.parallax.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.spark.input.PortableDataStream;
import org.parallax.ingest.IngestSettings;
import org.parallax.ingest.Ingestor;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;

/**
 * The reading stage for one input file from any Hadoop file system: the file is copied to a local temporary file of
 * the same name and read by the core's {@link Ingestor}, so that every format, limit and error message is exactly
 * the CLI's. Origins and problem sources name the input path, not the temporary copy. Never throws: a file that
 * cannot be read becomes a problem.
 */
final class FileIngest {
    private FileIngest() {
    }

    /** The articles (and problems) of one file. */
    static List<Item<RawRecord>> read(String uri, PortableDataStream data, IngestSettings settings) {
        String path = displayPath(uri);
        List<Item<RawRecord>> out = new ArrayList<>();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("parallax-spark-");
            Path local = dir.resolve(fileName(path));
            try (InputStream in = data.open()) {
                Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            }
            String localName = local.toString();
            int[] n = {0};
            new Ingestor(settings).read(List.of(local),
                    a -> out.add(Item.of(RawRecord.of(order(path, n[0]++), relocate(a, localName, path)))),
                    p -> out.add(Item.problem(ProblemRow.of(relocate(p, localName, path)))));
        } catch (IOException | RuntimeException e) {
            out.add(Item.problem(ProblemRow.of(Problem.skipped(path, 0, "could not be read: " + e))));
        } finally {
            delete(dir);
        }
        return out;
    }

    /** A Hadoop path as the CLI would print it: local paths without their {@code file:} scheme. */
    static String displayPath(String uri) {
        return uri.startsWith("file:") ? uri.substring("file:".length()).replaceFirst("^//(?=/)", "") : uri;
    }

    /** The sort key of the {@code n}th record of a file. */
    private static String order(String path, int n) {
        return path + "\u0000" + String.format(Locale.ROOT, "%012d", n);
    }

    private static String fileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? "input" : name;
    }

    private static RawArticle relocate(RawArticle a, String local, String path) {
        return new RawArticle(a.id(), swap(a.origin(), local, path), a.format(), a.title(), a.author(), a.published(),
                a.url(), a.outlet(), a.language(), a.text());
    }

    private static Problem relocate(Problem p, String local, String path) {
        return new Problem(swap(p.source(), local, path), p.line(), p.reason().replace(local, path), p.fatal());
    }

    private static String swap(String s, String local, String path) {
        return s.startsWith(local) ? path + s.substring(local.length()) : s;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary file left behind costs disk space, not the run.
        }
    }
}
