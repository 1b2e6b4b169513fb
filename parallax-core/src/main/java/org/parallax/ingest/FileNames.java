package org.parallax.ingest;

import java.util.Locale;

/** What a file's name says: whether it is gzipped, what kind of source it holds, and the article id it gives. */
final class FileNames {
    private FileNames() {
    }

    /** True for names ending in {@code .gz}, in any case. */
    static boolean isGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") && name.length() > 3;
    }

    /** The name without a trailing {@code .gz}: {@code a.jsonl.gz} gives {@code a.jsonl}. */
    static String innerName(String name) {
        return isGzip(name) ? name.substring(0, name.length() - 3) : name;
    }

    /** The id: the name without {@code .gz} and without its last extension ({@code a.txt.gz} gives {@code a}). */
    static String stem(String name) {
        String inner = innerName(name);
        int dot = inner.lastIndexOf('.');
        return dot > 0 ? inner.substring(0, dot) : inner;
    }

    /** The kind of source the (inner) name's extension announces. */
    static SourceKind kindOf(String name) {
        String inner = innerName(name).toLowerCase(Locale.ROOT);
        int dot = inner.lastIndexOf('.');
        String ext = dot >= 0 ? inner.substring(dot + 1) : "";
        return switch (ext) {
            case "txt", "text" -> SourceKind.TEXT;
            case "html", "htm", "xhtml" -> SourceKind.HTML;
            case "json" -> SourceKind.JSON;
            case "jsonl", "ndjson" -> SourceKind.JSON_LINES;
            case "warc" -> SourceKind.WARC;
            default -> SourceKind.UNKNOWN;
        };
    }

    /** Kinds of input file, by extension. */
    enum SourceKind {
        /** Plain text. */
        TEXT,
        /** An HTML page. */
        HTML,
        /** One JSON object, an array of objects, or a sequence of them. */
        JSON,
        /** One JSON object per line. */
        JSON_LINES,
        /** A web archive: its HTML response records are read as pages (gzip is record by record, read by jwarc). */
        WARC,
        /** Any other extension: read as text, or as HTML when the content starts like a page. */
        UNKNOWN
    }
}
