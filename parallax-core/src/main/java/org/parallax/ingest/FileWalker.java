package org.parallax.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.parallax.model.Problem;

/**
 * Lists the files under the given paths: folders recursively, entries in name order, hidden entries (dot-files) of
 * folders skipped. Symbolic links are followed; a link back to a folder being walked is reported as a loop instead
 * of being followed forever, and a file or folder reached twice is read once.
 */
final class FileWalker {
    private final Consumer<Path> files;
    private final Consumer<Problem> problems;
    /** Real path of each folder or file already handed out, to the path it was first reached by. */
    private final Map<Path, Path> seen = new HashMap<>();

    /** A walker that hands files to {@code files} and what it cannot walk to {@code problems}. */
    FileWalker(Consumer<Path> files, Consumer<Problem> problems) {
        this.files = files;
        this.problems = problems;
    }

    /** Walks each input in the order given. */
    void walk(List<Path> inputs) {
        for (Path input : inputs) {
            visit(input, new HashSet<>());
        }
    }

    private void visit(Path path, Set<Path> ancestors) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            boolean link = Files.isSymbolicLink(path);
            skip(path, link ? "no such file (broken symbolic link)" : "no such file");
            return;
        } catch (AccessDeniedException e) {
            skip(path, "permission denied");
            return;
        } catch (FileSystemException e) {
            skip(path, isLoop(e) ? "symbolic link loop" : reason(e));
            return;
        } catch (IOException e) {
            skip(path, reason(e));
            return;
        }
        if (Files.isDirectory(real)) {
            visitFolder(path, real, ancestors);
        } else if (Files.isRegularFile(real)) {
            visitFile(path, real);
        } else {
            skip(path, "not a regular file or folder");
        }
    }

    private void visitFolder(Path path, Path real, Set<Path> ancestors) {
        if (ancestors.contains(real)) {
            skip(path, "symbolic link loop (leads back to " + real + ")");
            return;
        }
        Path first = seen.putIfAbsent(real, path);
        if (first != null) {
            // Not an input lost: its files were read under the first name.
            problems.accept(Problem.warning(path.toString(), 0, "same folder as " + first + ", read once"));
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            for (Path child : entries) {
                if (!child.getFileName().toString().startsWith(".")) {
                    children.add(child);
                }
            }
        } catch (AccessDeniedException e) {
            skip(path, "permission denied");
            return;
        } catch (IOException | RuntimeException e) {
            skip(path, reason(e));
            return;
        }
        // Name order, by code point, so every platform lists a folder the same way.
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        Set<Path> inside = new HashSet<>(ancestors);
        inside.add(real);
        for (Path child : children) {
            visit(child, inside);
        }
    }

    private void visitFile(Path path, Path real) {
        if (!Files.isReadable(path)) {
            skip(path, "permission denied");
            return;
        }
        Path first = seen.putIfAbsent(real, path);
        if (first != null) {
            if (!first.equals(path)) {
                problems.accept(Problem.warning(path.toString(), 0, "same file as " + first + ", read once"));
            }
            return;
        }
        files.accept(path);
    }

    private void skip(Path path, String reason) {
        problems.accept(Problem.skipped(path.toString(), 0, reason));
    }

    /** Linux says "Too many levels of symbolic links" (ELOOP); other systems word it alike. */
    private static boolean isLoop(FileSystemException e) {
        String r = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
        return r.contains("symbolic link") || r.contains("loop");
    }

    static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
