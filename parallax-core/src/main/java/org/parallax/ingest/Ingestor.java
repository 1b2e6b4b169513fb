package org.parallax.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.parallax.model.Problem;
import org.parallax.model.RawArticle;

/**
 * Reads articles from files and folders: plain text, HTML, JSON and JSON Lines, any of them gzipped.
 * Never throws for bad input: every file or line that cannot be read is reported as a {@link Problem} and skipped.
 */
public final class Ingestor {
    private final IngestSettings settings;

    /** An ingestor with the given limits. */
    public Ingestor(IngestSettings settings) {
        this.settings = settings;
    }

    /**
     * Reads every article under the given paths (folders recursively, in name order) and hands each to {@code sink}.
     *
     * @param inputs   files and folders
     * @param sink     receives each article read
     * @param problems receives each file or line skipped or warned about
     */
    public void read(List<Path> inputs, Consumer<RawArticle> sink, Consumer<Problem> problems) {
        throw new UnsupportedOperationException("ingest: being written");
    }
}
