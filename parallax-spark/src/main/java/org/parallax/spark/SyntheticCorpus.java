package org.parallax.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.parallax.eval.SyntheticNews;
import org.parallax.model.Article;

/**
 * Writes a synthetic corpus ({@link SyntheticNews}) as JSON Lines, for benchmarks and agreement tests:
 * {@code java -cp ... org.parallax.spark.SyntheticCorpus SIZE SEED FILE}.
 */
public final class SyntheticCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticCorpus() {
    }

    /** Writes {@code args[0]} articles generated with seed {@code args[1]} to the file {@code args[2]}. */
    public static void main(String[] args) throws IOException {
        write(Integer.parseInt(args[0]), Long.parseLong(args[1]), Path.of(args[2]));
    }

    /** Writes {@code size} synthetic articles, one JSON object per line, to {@code file}. */
    public static void write(int size, long seed, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : new SyntheticNews(seed).generate(size).articles()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", a.id());
                line.put("title", a.title());
                line.put("source", a.outlet());
                line.put("published", a.published() == null ? null : a.published().toString());
                line.put("language", a.language());
                line.put("text", a.text());
                w.write(JSON.writeValueAsString(line));
                w.write('\n');
            }
        }
    }
}
