package org.parallax.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo corpus bundled with the command line: invented articles about two invented events, stored as class-path
 * resources so that the demo works from the built jar in any folder.
 *
 * <p>A jar cannot list the contents of a resource folder, so the folder carries {@code index.txt}: one file name per
 * line. Blank lines and lines starting with {@code #} are ignored, so the index can explain itself.
 */
final class DemoCorpus {
    /** The class-path folder holding the corpus and its index. */
    static final String FOLDER = "/org/parallax/cli/demo/";
    /** The index of the corpus, inside {@link #FOLDER}. */
    static final String INDEX = "index.txt";

    private DemoCorpus() {
    }

    /** The names of the corpus files, in index order; never empty. */
    static List<String> names() throws IOException {
        List<String> names = parseIndex(new String(read(INDEX), StandardCharsets.UTF_8));
        if (names.isEmpty()) {
            throw new IOException("the demo corpus index " + FOLDER + INDEX + " lists no files");
        }
        return names;
    }

    /**
     * Parses the text of an index: one plain file name per line. Tolerates a byte-order mark, CRLF line ends,
     * surrounding spaces, comments and repeated names (kept once), because the index is edited by hand.
     *
     * @throws IllegalArgumentException for a name that is not a plain file name (a path, {@code ..}), since copying
     *                                  it could write outside the target folder
     */
    static List<String> parseIndex(String text) {
        Set<String> names = new LinkedHashSet<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int lineNo = 0;
        for (String line : body.split("\r\n|\r|\n", -1)) {
            lineNo++;
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (!isPlainFileName(name)) {
                throw new IllegalArgumentException(INDEX + ":" + lineNo + ": not a plain file name: '" + name + "'");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    private static boolean isPlainFileName(String name) {
        return !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0 && name.indexOf('\\') < 0
                && name.indexOf(':') < 0 && name.chars().noneMatch(Character::isISOControl);
    }

    /** The bytes of one corpus file. */
    static byte[] read(String name) throws IOException {
        try (InputStream in = DemoCorpus.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException(FOLDER + name + " is missing from the class path: the demo corpus is "
                        + "incomplete; rebuild the command line tool");
            }
            return in.readAllBytes();
        }
    }

    /**
     * Copies every corpus file into {@code dir} (created if needed; files of the same name are replaced, others
     * left alone) and returns the copied files, in index order. Bytes are copied unchanged: the demo must show how
     * Parallax reads a file in a legacy encoding.
     */
    static List<Path> copyTo(Path dir) throws IOException {
        List<String> names = names();
        List<byte[]> contents = new ArrayList<>();
        for (String name : names) {
            contents.add(read(name)); // a broken build fails here, before anything is written
        }
        List<Path> copied = new ArrayList<>();
        Path target = dir;
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < names.size(); i++) {
                target = dir.resolve(names.get(i));
                Files.write(target, contents.get(i));
                copied.add(target);
            }
        } catch (IOException e) {
            throw new IOException("cannot copy the demo corpus to " + dir + ": " + reason(e, target), e);
        }
        return List.copyOf(copied);
    }

    /**
     * Says what went wrong in words: the file-system exceptions' own messages are often just a path.
     */
    static String reason(IOException e, Path target) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return e.getMessage() + " exists and is not a folder";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + " (" + fse.getFile() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() + " writing " + target : e.getMessage();
    }
}
