package org.parallax.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Cluster labels (article id to cluster) read from the files {@code eval clusters} compares: a gold file of JSON
 * lines {@code {"id": ..., "event": ...}} and Parallax's events.json ({@code events[].articleIds}). Both are read
 * with Jackson's tree model, so fields added by later issues do not matter.
 *
 * @param labels   article id to cluster label
 * @param warnings lines or entries that were skipped, with the reason
 */
public record ClusterLabels(Map<String, String> labels, List<String> warnings) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ClusterLabels {
        labels = Map.copyOf(labels);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads a gold file: one JSON object per line with string fields {@code id} and {@code event}; blank lines are
     * ignored, and malformed lines are skipped with a warning naming the line.
     */
    public static ClusterLabels readGold(Path file) throws IOException {
        Map<String, String> labels = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + n + ": ";
                try {
                    JsonNode node = JSON.readTree(line);
                    JsonNode id = node.get("id");
                    JsonNode event = node.get("event");
                    if (id == null || !id.isValueNode() || event == null || !event.isValueNode()) {
                        warnings.add(where + "no \"id\" and \"event\" values, skipped");
                    } else if (labels.putIfAbsent(id.asText(), event.asText()) != null) {
                        warnings.add(where + "id '" + id.asText() + "' listed again, first label kept");
                    }
                } catch (JsonProcessingException e) {
                    warnings.add(where + "not JSON (" + e.getOriginalMessage() + "), skipped");
                }
            }
        }
        return new ClusterLabels(labels, warnings);
    }

    /**
     * Reads events.json: each article id in {@code events[].articleIds} is labelled with its event's index (and its
     * {@code id} for messages). An article listed in two events keeps the first, with a warning.
     */
    public static ClusterLabels readEvents(Path file) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not JSON (" + e.getOriginalMessage() + ")", e);
        }
        JsonNode events = root == null ? null : root.get("events");
        if (events == null || !events.isArray()) {
            throw new IOException(file + ": no \"events\" array");
        }
        Map<String, String> labels = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String label = "#" + i + " " + event.path("id").asText("");
            JsonNode ids = event.get("articleIds");
            if (ids == null || !ids.isArray()) {
                warnings.add(file + ": events[" + i + "] has no \"articleIds\" array, skipped");
                continue;
            }
            for (JsonNode id : ids) {
                String previous = labels.putIfAbsent(id.asText(), label);
                if (previous != null) {
                    warnings.add(file + ": article '" + id.asText() + "' is in events " + previous + " and " + label
                            + ", first kept");
                }
            }
        }
        return new ClusterLabels(labels, warnings);
    }
}
