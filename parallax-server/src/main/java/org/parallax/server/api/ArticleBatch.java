package org.parallax.server.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Rejected;
import org.parallax.model.RawArticle;
import org.parallax.text.Sha256;

/**
 * The articles of one upload: a JSON object, a JSON array of objects, or JSON Lines (one object per line). Each
 * record is mapped by {@link Ingestor#fromJson}, exactly as a record in a {@code .json} or {@code .jsonl} file, and
 * a record that cannot be used becomes an error naming its line instead of failing the whole upload.
 *
 * <p>A record without an {@code id} gets {@code post-HASH-N}: HASH is taken from the body, so sending the same body
 * twice gives the same ids (and duplicates), while two different uploads never collide.
 */
public final class ArticleBatch {
    /** For one line: anything after its value is an error. */
    private static final ObjectMapper LINE = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** For a document read value by value from one parser (the end is checked by {@link #requireEnd}). */
    private static final ObjectMapper STREAM = JsonMapper.builder().build();

    /** How the body is framed, from its Content-Type. */
    public enum Framing { DOCUMENT, LINES }

    /**
     * One record of the upload.
     *
     * @param index   its 1-based position among the records
     * @param line    the 1-based line of the body where it starts
     * @param article the article, or null when the record was refused
     * @param error   why it was refused ("line 3: not valid JSON: ..."), or null
     */
    public record Item(int index, long line, RawArticle article, String error) {
    }

    private ArticleBatch() {
    }

    /**
     * The framing a Content-Type asks for: JSON Lines for {@code application/x-ndjson}, {@code application/jsonl}
     * and their usual spellings; a JSON document for {@code application/json} and {@code +json} types.
     *
     * @throws ApiProblem 415 for any other type, naming the ones accepted
     */
    public static Framing framing(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        switch (type) {
            case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonl",
                 "application/jsonlines", "application/x-jsonlines", "application/json-lines" -> {
                return Framing.LINES;
            }
            case "application/json" -> {
                return Framing.DOCUMENT;
            }
            default -> {
                if (type.startsWith("application/") && type.endsWith("+json")) {
                    return Framing.DOCUMENT;
                }
                throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                        "send one article as a JSON object or many as a JSON array with 'Content-Type: "
                                + "application/json', or as JSON Lines with 'Content-Type: application/x-ndjson'"
                                + " (was '" + (type.isEmpty() ? "none" : type) + "')");
            }
        }
    }

    /**
     * Parses a body into records.
     *
     * @throws ApiProblem 400 when the body is empty, or a JSON document is neither an object nor an array or is
     *                    not valid JSON (for JSON Lines, a bad line is an item error instead)
     */
    public static List<Item> parse(byte[] body, Framing framing, Ingestor ingestor) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ApiProblem(400, "empty-body", "Empty body",
                    "send at least one article: a JSON object with at least a \"text\" field");
        }
        String stem = "post-" + digest(body);
        return framing == Framing.LINES ? lines(text, stem, ingestor) : document(text, stem, ingestor);
    }

    private static List<Item> lines(String text, String stem, Ingestor ingestor) {
        List<Item> items = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            long n = i + 1L;
            JsonNode node;
            try {
                node = LINE.readTree(line);
            } catch (JsonProcessingException e) {
                items.add(new Item(items.size() + 1, n, null, "line " + n + ": not valid JSON ("
                        + e.getOriginalMessage() + "); send one JSON object per line"));
                continue;
            }
            items.add(item(items.size() + 1, n, node, stem + "-" + n, ingestor));
        }
        return items;
    }

    private static List<Item> document(String text, String stem, Ingestor ingestor) {
        List<Item> items = new ArrayList<>();
        try (JsonParser p = STREAM.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                long line = p.currentTokenLocation().getLineNr();
                JsonNode node = STREAM.readTree(p);
                requireEnd(p);
                items.add(item(1, line, node, stem, ingestor));
            } else if (t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw invalid("the array is not closed");
                    }
                    long line = p.currentTokenLocation().getLineNr();
                    JsonNode node = STREAM.readTree(p);
                    int index = items.size() + 1;
                    items.add(item(index, line, node, stem + "-" + index, ingestor));
                }
                requireEnd(p);
            } else {
                throw invalid("the body must be a JSON object or an array of objects");
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw invalid("line " + line + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw invalid(e.getMessage());
        }
        if (items.isEmpty()) {
            throw new ApiProblem(400, "empty-body", "Empty body", "the array is empty: send at least one article");
        }
        return items;
    }

    private static void requireEnd(JsonParser p) throws IOException {
        if (p.nextToken() != null) {
            throw invalid("more than one JSON value; to send many articles, send an array or JSON Lines with "
                    + "'Content-Type: application/x-ndjson'");
        }
    }

    private static ApiProblem invalid(String why) {
        return new ApiProblem(400, "invalid-json", "Invalid JSON", "the body is not valid JSON (" + why
                + "); send a JSON object, an array of objects, or JSON Lines with 'Content-Type: "
                + "application/x-ndjson'");
    }

    private static Item item(int index, long line, JsonNode node, String defaultId, Ingestor ingestor) {
        try {
            RawArticle a = ingestor.fromJson(node, "upload line " + line, defaultId);
            return new Item(index, line, a, null);
        } catch (Rejected e) {
            String hint = e.getMessage().contains("no text")
                    ? "; give the article's text in \"text\" (or \"maintext\")" : "";
            return new Item(index, line, null, "line " + line + ": " + e.getMessage() + hint);
        }
    }

    /** Twelve hex digits of the body's SHA-256. */
    private static String digest(byte[] body) {
        return HexFormat.of().formatHex(Sha256.digest(body), 0, 6);
    }
}
