package org.parallax.render;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.parallax.model.Analysis;

/**
 * Writes the outputs of a run into a folder: {@code events.json} ({@link EventsJson}), {@code index.html} with one
 * page per event in {@code events/} ({@link HtmlReport}), and {@code events.md} ({@link MarkdownReport}).
 */
public final class Reports {
    private Reports() {
    }

    /**
     * Writes every output into {@code dir}, creating it; each file is written atomically. Event pages left in
     * {@code dir/events/} by an earlier run whose events no longer exist are deleted; no other file is touched.
     */
    public static void writeAll(Analysis analysis, Path dir) throws IOException {
        Path pages = dir.resolve(HtmlReport.EVENTS_FOLDER);
        Files.createDirectories(pages);
        // the pages before the index, so the index never links to a page not yet written
        Set<String> written = new HashSet<>();
        for (EventView e : EventView.newestFirst(analysis)) {
            String name = HtmlReport.pageName(e.event().id());
            byte[] page = HtmlReport.eventPage(e).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(pages.resolve(name), out -> out.write(page), false);
            written.add(name);
        }
        AtomicFiles.syncFolder(pages); // once for all pages: a folder sync per page would double the cost
        AtomicFiles.writeString(dir.resolve(HtmlReport.INDEX), HtmlReport.index(analysis));
        AtomicFiles.write(dir.resolve(MarkdownReport.FILE_NAME),
                out -> MarkdownReport.write(analysis, new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        EventsJson.write(analysis, dir.resolve(EventsJson.FILE_NAME));
        deleteStalePages(pages, written);
    }

    /** Deletes regular files named like event pages that this run did not write. */
    static void deleteStalePages(Path pages, Set<String> keep) throws IOException {
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pages)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (HtmlReport.PAGE_NAME.matcher(name).matches() && !keep.contains(name)
                        && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    stale.add(f);
                }
            }
        }
        for (Path f : stale) {
            Files.deleteIfExists(f);
        }
    }
}
