package org.parallax.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads PolNeAR-style gold attributions from JSON Lines: one article per line,
 * {@code {id, published, text, attributions: [{source: [spans], cue: [spans], content: [spans]}]}}, spans being
 * {@code {start, end, text}} character offsets into {@code text}. Lines that cannot be read are skipped and counted.
 */
public final class PolnearGold {
    /** A character span of the article text. */
    public record Span(int start, int end, String text) {
        /** Whether this span shares at least one character with [start, end). */
        public boolean overlaps(int s, int e) {
            return Math.min(end, e) > Math.max(start, s);
        }
    }

    /** One gold attribution relation. */
    public record GoldAttribution(List<Span> source, List<Span> cue, List<Span> content) {
        /** The source text, spans joined by a space ("" when there is none). */
        public String sourceText() {
            StringBuilder b = new StringBuilder();
            for (Span s : source) {
                b.append(b.length() == 0 ? "" : " ").append(s.text());
            }
            return b.toString();
        }
    }

    /** One gold article. */
    public record GoldArticle(String id, LocalDate published, String text, List<GoldAttribution> attributions) {
    }

    /** The articles read and how many lines were skipped. */
    public record Gold(List<GoldArticle> articles, int skipped) {
    }

    private PolnearGold() {
    }

    /** Reads {@code file}; at most {@code limit} articles when {@code limit > 0}. */
    public static Gold read(Path file, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldArticle> out = new ArrayList<>();
        int skipped = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null && (limit <= 0 || out.size() < limit)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(article(json.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    skipped++;
                }
            }
        }
        return new Gold(out, skipped);
    }

    private static GoldArticle article(JsonNode n) {
        String text = n.path("text").asText("");
        LocalDate published = null;
        String p = n.path("published").asText("");
        if (p.length() >= 10) {
            try {
                published = LocalDate.parse(p.substring(0, 10));
            } catch (RuntimeException e) {
                published = null; // an unreadable date only costs date resolution
            }
        }
        List<GoldAttribution> atts = new ArrayList<>();
        for (JsonNode a : n.path("attributions")) {
            atts.add(new GoldAttribution(spans(a.path("source")), spans(a.path("cue")), spans(a.path("content"))));
        }
        return new GoldArticle(n.path("id").asText(""), published, text, atts);
    }

    private static List<Span> spans(JsonNode arr) {
        List<Span> out = new ArrayList<>();
        for (JsonNode s : arr) {
            out.add(new Span(s.path("start").asInt(), s.path("end").asInt(), s.path("text").asText("")));
        }
        return out;
    }
}
