package org.parallax.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Comparator;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the job's files to the output folder on any Hadoop file system: JSON Lines as one file each (Spark's part
 * files, written in parallel, then joined in order), or Parquet folders.
 */
final class Outputs {
    private final SparkSession spark;
    private final Path dir;
    private final FileSystem fs;

    Outputs(SparkSession spark, String output) throws IOException {
        this.spark = spark;
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        this.dir = new Path(output);
        this.fs = dir.getFileSystem(conf);
        fs.mkdirs(dir);
    }

    /** Writes sorted lines as {@code name}.jsonl, or as the Parquet folder {@code name}.parquet. */
    void write(String name, JavaRDD<String> lines, JobOptions.Format format) throws IOException {
        if (format == JobOptions.Format.PARQUET) {
            if (lines.isEmpty()) {
                // Parquet cannot hold a table without columns, and with no rows there is nothing to infer them from.
                fs.mkdirs(new Path(dir, name + ".parquet"));
                return;
            }
            spark.read().json(spark.createDataset(lines.rdd(), Encoders.STRING()))
                    .write().mode(SaveMode.Overwrite).parquet(new Path(dir, name + ".parquet").toString());
        } else {
            writeLines(name + ".jsonl", lines);
        }
    }

    /** Writes sorted lines as one text file, through part files written in parallel and then joined in order. */
    void writeLines(String file, JavaRDD<String> lines) throws IOException {
        Path parts = new Path(dir, "_parts-" + file);
        fs.delete(parts, true);
        lines.saveAsTextFile(parts.toString());
        FileStatus[] found = fs.listStatus(parts, p -> p.getName().startsWith("part-"));
        Arrays.sort(found, Comparator.comparing(s -> s.getPath().getName()));
        try (OutputStream out = fs.create(new Path(dir, file), true)) {
            for (FileStatus part : found) {
                try (InputStream in = fs.open(part.getPath())) {
                    in.transferTo(out);
                }
            }
        }
        fs.delete(parts, true);
    }

    /** Writes a small file. */
    void writeString(String file, String text) throws IOException {
        try (OutputStream out = fs.create(new Path(dir, file), true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Copies a local folder into the output folder as {@code name}, replacing what was there. */
    void copyFolder(java.nio.file.Path local, String name) throws IOException {
        Path target = new Path(dir, name);
        fs.delete(target, true);
        fs.mkdirs(target);
        try (var files = Files.list(local)) {
            for (java.nio.file.Path f : files.sorted().toList()) {
                fs.copyFromLocalFile(false, true, new Path(f.toUri()), new Path(target, f.getFileName().toString()));
            }
        }
    }
}
