package org.parallax.server.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.parallax.render.HtmlReport;

/**
 * The files under {@code /static}: the report's style sheet, the web UI's additions, its small script and its
 * icon. A fixed list read once at start, so no request can name a file outside it.
 */
final class StaticFiles {
    /** A file's bytes, content type and entity tag. */
    record StaticFile(byte[] bytes, String contentType, String etag) {
    }

    private final Map<String, StaticFile> files = new TreeMap<>();

    private StaticFiles() {
    }

    /** The static files, loaded from the class path. */
    static StaticFiles load() {
        StaticFiles s = new StaticFiles();
        s.put("report.css", HtmlReport.styleSheet().getBytes(StandardCharsets.UTF_8), "text/css; charset=utf-8");
        s.put("ui.css", resource("/static/ui.css"), "text/css; charset=utf-8");
        s.put("ui.js", resource("/static/ui.js"), "text/javascript; charset=utf-8");
        s.put("favicon.svg", resource("/static/favicon.svg"), "image/svg+xml");
        return s;
    }

    /** The file called {@code name}, if it is one of them. */
    Optional<StaticFile> get(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** A short tag that changes when any static file does: a new build's pages are not served from old caches. */
    String version() {
        StringBuilder all = new StringBuilder();
        files.values().forEach(f -> all.append(f.etag()));
        return Layout.sha256Base64(all.toString()).substring(0, 8).replace('/', '_').replace('+', '-');
    }

    private void put(String name, byte[] bytes, String type) {
        files.put(name, new StaticFile(bytes, type, "\"" + Layout.sha256Base64(new String(bytes,
                StandardCharsets.ISO_8859_1)).substring(0, 16) + "\""));
    }

    private static byte[] resource(String path) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the web UI's " + path + " is missing from the class path: rebuild");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " from the class path", e);
        }
    }
}
