package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void writesAndReplacesLeavingNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.txt");
        AtomicFiles.writeString(file, "first version, rather long");
        AtomicFiles.writeString(file, "second ✓");
        assertEquals("second ✓", Files.readString(file));
        assertEquals(List.of("report.txt"), names(dir));
    }

    @Test
    void stepsPastATemporaryFileLeftByACrash(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".report.txt.0.tmp"), "half");
        AtomicFiles.writeString(dir.resolve("report.txt"), "whole");
        assertEquals("whole", Files.readString(dir.resolve("report.txt")));
        assertEquals("half", Files.readString(dir.resolve(".report.txt.0.tmp")));
        assertEquals(List.of(".report.txt.0.tmp", "report.txt"), names(dir));
    }

    @Test
    void failsCleanlyWhenTheTargetCannotBeReplaced(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("taken"));
        Files.writeString(folder.resolve("inside"), "x");
        assertThrows(IOException.class, () -> AtomicFiles.writeString(folder, "text"));
        assertEquals(List.of("taken"), names(dir));
    }

    @Test
    void aFailingWriterLeavesTheOldFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.json");
        AtomicFiles.writeString(file, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("events.json"), names(dir));
    }

    @Test
    void streamsLargeContent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.txt");
        AtomicFiles.write(file, out -> {
            for (int i = 0; i < 100_000; i++) {
                out.write('a' + i % 26);
            }
        });
        assertEquals(100_000, Files.size(file));
        assertEquals("abc", Files.readString(file).substring(0, 3));
    }

    @Test
    void failsWhenTheFolderIsMissing(@TempDir Path dir) {
        assertThrows(IOException.class, () -> AtomicFiles.writeString(dir.resolve("no/such.txt"), "x"));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
