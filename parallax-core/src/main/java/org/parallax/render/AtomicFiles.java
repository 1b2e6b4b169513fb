package org.parallax.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader (or a crash) never sees a half-written one: the content goes to a temporary file in
 * the same folder, is flushed to disk, and is then renamed over the target in one step.
 */
public final class AtomicFiles {
    /** Enough attempts to step past temporary files left by concurrent writers or by a crashed run. */
    private static final int MAX_ATTEMPTS = 1000;
    private static final int BUFFER_SIZE = 1 << 16;

    private AtomicFiles() {
    }

    /** Writes whatever {@code content} writes to the stream it is given; used for files too large to build first. */
    @FunctionalInterface
    public interface Content {
        /** Writes the file's bytes to {@code out}, which it must not close. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code text} as UTF-8 to {@code target}, atomically replacing any earlier file. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code target}, atomically replacing any earlier file. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Writes what {@code content} produces to {@code target}, atomically replacing any earlier file. The parent
     * folder must exist. Falls back to a plain replacing move on file systems that cannot rename atomically. If
     * {@code content} fails, the target is left as it was.
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    /**
     * As {@link #write(Path, Content)}, but leaves flushing the folder entry to the caller when {@code syncFolder}
     * is false: a caller writing many files into one folder calls {@link #syncFolder} once at the end instead.
     */
    static void write(Path target, Content content, boolean syncFolder) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = createTemp(dir, absolute.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_SIZE);
                content.writeTo(out);
                out.flush();
                // Without this the rename can reach the disk before the data, and a power cut leaves an empty file.
                channel.force(true);
            }
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
        if (syncFolder) {
            syncFolder(dir);
        }
    }

    /**
     * Creates an empty temporary file next to the target. Not {@link Files#createTempFile}: on POSIX that creates
     * the file readable by its owner only, and the rename would carry those permissions over to the report.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            Path temp = dir.resolve("." + name + "." + i + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                // another writer's (or a crashed run's) temporary file: try the next name
            }
        }
        throw new IOException("cannot create a temporary file for " + name + " in " + dir
                + ": too many leftover ." + name + ".*.tmp files");
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Flushes the folder entry so the rename itself survives a crash. Only some systems (Linux, macOS) allow opening
     * a folder for this; elsewhere the rename is already durable or cannot be made so, and failing is harmless.
     */
    static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException notSupported) {
            // best effort: see above
        }
    }
}
