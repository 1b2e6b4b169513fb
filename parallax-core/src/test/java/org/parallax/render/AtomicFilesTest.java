package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
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
    void failsWhenTheFolderIsMissing(@TempDir Path dir) {
        assertThrows(IOException.class, () -> AtomicFiles.writeString(dir.resolve("no/such.txt"), "x"));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
