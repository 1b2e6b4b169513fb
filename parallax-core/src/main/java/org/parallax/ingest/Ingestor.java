package org.parallax.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import com.fasterxml.jackson.databind.JsonNode;

import org.parallax.ingest.FileNames.SourceKind;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;

/**
 * Reads articles from files and folders: plain text, HTML, JSON and JSON Lines, any of them gzipped, and WARC web
 * archives ({@code .warc}, {@code .warc.gz}).
 * Never throws for bad input: every file or line that cannot be read is reported as a {@link Problem} and skipped.
 *
 * <p>The kind of a file comes from its extension ({@code .txt}, {@code .html}/{@code .htm}, {@code .json},
 * {@code .jsonl}/{@code .ndjson}, each optionally followed by {@code .gz}); a text or unknown file whose content
 * starts like an HTML page is read as HTML. The article id is the file name without its extension(s), or the JSON
 * {@code id}.
 */
public final class Ingestor {
    /** UTF-8 needs at most four bytes per character, so a file this many times the limit is certainly too long. */
    private static final int MAX_BYTES_PER_CHAR = 4;
    private static final int GZIP_BUFFER = 65_536;
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b");
    private static final int HTML_SNIFF_CHARS = 2048;

    private final IngestSettings settings;
    private final JsonArticleReader json;
    private final HtmlArticleReader html = new HtmlArticleReader();
    private final WarcArticleReader warc;

    /** An ingestor with the given limits. */
    public Ingestor(IngestSettings settings) {
        this.settings = settings;
        this.json = new JsonArticleReader(settings);
        this.warc = new WarcArticleReader(settings);
    }

    /**
     * Reads every article under the given paths (folders recursively, in name order) and hands each to {@code sink}.
     *
     * @param inputs   files and folders
     * @param sink     receives each article read
     * @param problems receives each file or line skipped or warned about
     */
    public void read(List<Path> inputs, Consumer<RawArticle> sink, Consumer<Problem> problems) {
        new FileWalker(file -> readFile(file, sink, problems), problems).walk(inputs);
    }

    /**
     * The article one JSON record describes, mapped exactly as a record of a JSON or JSON Lines file (same field
     * names, same limits): for callers that parse records themselves, such as the server's upload endpoint.
     *
     * @param record    one JSON object
     * @param origin    where it came from, for messages
     * @param defaultId the id when the record has no {@code id} field
     * @throws Rejected when the record has no text or its text is over the article limit; the message says which
     */
    public RawArticle fromJson(JsonNode record, String origin, String defaultId)
            throws Rejected {
        if (record == null || !record.isObject()) {
            throw new Rejected("not a JSON object");
        }
        return json.toArticle(record, origin, defaultId);
    }

    /** Reads one file, reporting instead of throwing whatever goes wrong. */
    void readFile(Path file, Consumer<RawArticle> sink, Consumer<Problem> problems) {
        String name = file.getFileName().toString();
        String origin = file.toString();
        String id = FileNames.stem(name);
        SourceKind kind = FileNames.kindOf(name);
        boolean gzip = FileNames.isGzip(name);
        try {
            if (kind == SourceKind.WARC) {
                readWarc(file, sink, problems);
                return;
            }
            if (!gzip) {
                checkSize(file, kind);
            }
            switch (kind) {
                case JSON_LINES -> {
                    try (InputStream in = open(file, gzip)) {
                        json.readLines(in, origin, id, sink, problems);
                    }
                }
                case JSON -> {
                    try (InputStream in = open(file, gzip)) {
                        json.readDocument(in, origin, id, sink, problems);
                    }
                }
                default -> readWhole(file, gzip, kind, id, sink, problems);
            }
        } catch (Rejected e) {
            problems.accept(Problem.skipped(origin, 0, e.getMessage()));
        } catch (CappedInputStream.LimitExceeded e) {
            problems.accept(Problem.skipped(origin, 0, e.getMessage() + "; stopped reading there"));
        } catch (ZipException e) {
            problems.accept(Problem.skipped(origin, 0, "not a valid gzip file (" + e.getMessage() + ")"));
        } catch (EOFException e) {
            problems.accept(Problem.skipped(origin, 0, "file ends unexpectedly (truncated gzip?)"));
        } catch (IOException e) {
            problems.accept(Problem.skipped(origin, 0, FileWalker.reason(e)));
        } catch (RuntimeException e) {
            // A bug or a parser failure on hostile input must cost this file, not the run.
            problems.accept(Problem.skipped(origin, 0, "could not be read: " + e));
        }
    }

    /**
     * Reads a web archive. Archives are often far larger than any one page, so the size limits apply to each record,
     * not to the file; the records skipped are summed up in one warning.
     */
    private void readWarc(Path file, Consumer<RawArticle> sink, Consumer<Problem> problems) throws IOException {
        warc.read(file, sink, problems);
    }

    /** Refuses an uncompressed file over the byte limit, or a text file that must be over the character limit. */
    private void checkSize(Path file, SourceKind kind) throws IOException, Rejected {
        long size = Files.size(file);
        if (size > settings.maxFileBytes()) {
            throw new Rejected("file is " + size + " bytes, over the limit of " + settings.maxFileBytes() + " bytes");
        }
        if (kind == SourceKind.TEXT && size > (long) MAX_BYTES_PER_CHAR * settings.maxArticleChars()) {
            throw tooLong(size / MAX_BYTES_PER_CHAR, "at least ");
        }
        if (kind == SourceKind.HTML) {
            checkHtmlSize(size);
        }
    }

    /** Refuses a page too big to parse before jsoup spends seconds and gigabytes on it. */
    private void checkHtmlSize(long bytes) throws Rejected {
        if (bytes > settings.maxHtmlBytes()) {
            throw new Rejected("HTML page is " + bytes + " bytes, over the limit of " + settings.maxHtmlBytes()
                    + " bytes for a page; not parsed");
        }
    }

    private InputStream open(Path file, boolean gzip) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return new CappedInputStream(gzip ? new GZIPInputStream(in, GZIP_BUFFER) : in, settings.maxFileBytes());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private void readWhole(Path file, boolean gzip, SourceKind kind, String id, Consumer<RawArticle> sink,
                           Consumer<Problem> problems) throws IOException, Rejected {
        String origin = file.toString();
        byte[] bytes;
        try (InputStream in = open(file, gzip)) {
            bytes = in.readAllBytes();
        }
        if (kind == SourceKind.TEXT && bytes.length > (long) MAX_BYTES_PER_CHAR * settings.maxArticleChars()) {
            throw tooLong(bytes.length / MAX_BYTES_PER_CHAR, "at least ");
        }
        DecodedText decoded = TextDecoder.decode(bytes);
        if (decoded.warning() != null) {
            problems.accept(Problem.warning(origin, decoded.warningLine(), decoded.warning()));
        }
        boolean isHtml = kind == SourceKind.HTML || looksLikeHtml(decoded.text());
        if (isHtml) {
            checkHtmlSize(bytes.length);
        } else if (decoded.text().length() > settings.maxArticleChars()) {
            // Plain text of any extension: refused before mojibake repair and cleaning spend time on it.
            throw tooLong(decoded.text().length(), "");
        }
        RawArticle article = isHtml
                ? html.read(decoded.text(), id, origin)
                : RawArticle.ofText(id, origin, Mojibake.repair(decoded.text()));
        if (article.text().length() > settings.maxArticleChars()) {
            throw tooLong(article.text().length(), "");
        }
        sink.accept(article);
    }

    private Rejected tooLong(long chars, String qualifier) {
        return new Rejected("text is " + qualifier + chars + " characters, over the limit of "
                + settings.maxArticleChars() + " characters");
    }

    /** True when the text starts like an HTML page (a doctype or an html, head or body tag). */
    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), HTML_SNIFF_CHARS)).toLowerCase(Locale.ROOT);
        return HTML_START.matcher(head).find();
    }
}
