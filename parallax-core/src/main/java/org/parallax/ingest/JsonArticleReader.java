package org.parallax.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.parallax.model.Problem;
import org.parallax.model.RawArticle;
import org.parallax.model.SourceFormat;
import org.parallax.text.Dates;

/**
 * Reads articles from JSON Lines (one object per line) and JSON (an object, an array of objects, or a sequence of
 * them), streaming so that a large file never becomes one big tree. Fields: {@code id, title, text, published, url,
 * source, author, language}, and the news-please / Common Crawl names {@code maintext, date_publish, source_domain,
 * authors}; other fields are ignored. A bad line or record is reported and skipped; the rest of the file goes on.
 */
final class JsonArticleReader {
    private final IngestSettings settings;
    private final ObjectMapper mapper;

    /** A reader with the given limits. */
    JsonArticleReader(IngestSettings settings) {
        this.settings = settings;
        JsonFactory factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Math.max(settings.maxLineChars(), settings.maxArticleChars()) + 16)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory).build();
    }

    /**
     * Reads a JSON Lines stream: one record per non-blank line. Lines over {@code maxLineChars} are skipped without
     * being parsed.
     */
    void readLines(InputStream raw, String origin, String stem, Consumer<RawArticle> sink,
                   Consumer<Problem> problems) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        Charset charset = skipBom(in);
        LineReader lines = new LineReader(new InputStreamReader(in, charset), settings.maxLineChars());
        String line;
        while ((line = lines.next()) != null) {
            long n = lines.lineNumber();
            if (line == LineReader.TOO_LONG) {
                problems.accept(Problem.skipped(origin, n, "line is " + lines.lineLength()
                        + " characters, over the limit of " + settings.maxLineChars() + "; not parsed"));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = mapper.readTree(line);
            } catch (JsonProcessingException e) {
                problems.accept(Problem.skipped(origin, n, "not valid JSON: " + e.getOriginalMessage()));
                continue;
            }
            accept(node, origin, n, origin + ":" + n, stem + "-" + n, sink, problems);
        }
    }

    /**
     * Reads a JSON document: an object, an array of objects, or several of either one after the other. A lone
     * object keeps the file's id and origin; several records get {@code STEM-LINE} ids. A syntax error ends the file
     * (the parser cannot find the next record), keeping the records read before it.
     */
    void readDocument(InputStream in, String origin, String stem, Consumer<RawArticle> sink,
                      Consumer<Problem> problems) throws IOException {
        try (JsonParser p = mapper.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                long line = p.currentTokenLocation().getLineNr();
                JsonNode node = mapper.readTree(p);
                t = p.nextToken();
                if (t == null) {
                    accept(node, origin, line, origin, stem, sink, problems);
                    return;
                }
                accept(node, origin, line, origin + ":" + line, stem + "-" + line, sink, problems);
            }
            for (; t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                        readRecord(p, t, origin, stem, sink, problems);
                    }
                } else {
                    readRecord(p, t, origin, stem, sink, problems);
                }
            }
        } catch (JsonParseException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.accept(Problem.skipped(origin, line, "not valid JSON: " + e.getOriginalMessage()
                    + "; the rest of the file was not read"));
        }
    }

    private void readRecord(JsonParser p, JsonToken t, String origin, String stem, Consumer<RawArticle> sink,
                            Consumer<Problem> problems) throws IOException {
        long line = p.currentTokenLocation().getLineNr();
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            problems.accept(Problem.skipped(origin, line, "not a JSON object"));
            return;
        }
        JsonNode node = mapper.readTree(p);
        accept(node, origin, line, origin + ":" + line, stem + "-" + line, sink, problems);
    }

    private void accept(JsonNode node, String source, long line, String origin, String defaultId,
                        Consumer<RawArticle> sink, Consumer<Problem> problems) {
        if (!node.isObject()) {
            problems.accept(Problem.skipped(source, line, "not a JSON object"));
            return;
        }
        try {
            sink.accept(toArticle(node, origin, defaultId));
        } catch (Rejected e) {
            problems.accept(Problem.skipped(source, line, e.getMessage()));
        }
    }

    /** The article a record describes. */
    RawArticle toArticle(JsonNode n, String origin, String defaultId) throws Rejected {
        String text = Metadata.first(paragraphs(n.get("text")), paragraphs(n.get("maintext")));
        if (text == null || text.isBlank()) {
            throw new Rejected("record has no text");
        }
        if (text.length() > settings.maxArticleChars()) {
            throw new Rejected("text is " + text.length() + " characters, over the limit of "
                    + settings.maxArticleChars());
        }
        text = Mojibake.repair(text.replace("\r\n", "\n").replace('\r', '\n'));
        String id = Metadata.first(Metadata.clean(string(n, "id")), defaultId);
        String url = Metadata.clean(string(n, "url"));
        String outlet = Metadata.first(Metadata.clean(string(n, "source")),
                Metadata.domain(string(n, "source_domain")), Metadata.host(url));
        String author = Metadata.author(Metadata.first(string(n, "author"), string(n, "authors")));
        return new RawArticle(id, origin, SourceFormat.JSON, Metadata.clean(string(n, "title")), author,
                Dates.parse(Metadata.first(string(n, "published"), string(n, "date_publish"))), url, outlet,
                Metadata.language(string(n, "language")), text);
    }

    /** Text given as a string, or as an array of paragraph strings (joined by blank lines). */
    private static String paragraphs(JsonNode v) {
        if (v == null || !v.isArray()) {
            return asText(v);
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode e : v) {
            String s = asText(e);
            if (s != null) {
                parts.add(s.strip());
            }
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /** A field as text: strings and numbers as they are, arrays joined with ", ", objects by their "name". */
    private static String string(JsonNode n, String field) {
        return asText(n.get(field));
    }

    private static String asText(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isValueNode()) {
            String s = v.asText();
            return s.isBlank() ? null : s;
        }
        if (v.isObject()) {
            return asText(v.get("name"));
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode e : v) {
            String s = asText(e);
            if (s != null) {
                parts.add(s.strip());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** Skips a byte-order mark and returns the charset it names, UTF-8 without one (as RFC 8259 requires). */
    private static Charset skipBom(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        TextDecoder.Bom bom = TextDecoder.Bom.of(head);
        if (bom == null) {
            return StandardCharsets.UTF_8;
        }
        in.skipNBytes(bom.length());
        return bom.charset();
    }
}
