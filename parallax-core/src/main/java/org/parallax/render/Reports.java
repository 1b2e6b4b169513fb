package org.parallax.render;

import java.io.IOException;
import java.nio.file.Path;

import org.parallax.model.Analysis;

/** Writes the outputs of a run into a folder: events.json, index.html (with one page per event), events.md. */
public final class Reports {
    private Reports() {
    }

    /** Writes every output into {@code dir}, creating it; each file is written atomically. */
    public static void writeAll(Analysis analysis, Path dir) throws IOException {
        throw new UnsupportedOperationException("render: being written");
    }
}
