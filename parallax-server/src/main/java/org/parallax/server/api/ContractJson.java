package org.parallax.server.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Event;
import org.parallax.render.EventsJson;
import org.parallax.store.StoredArticle;

/**
 * Articles and events in the API as they are in events.json: the objects are written by {@link EventsJson} itself
 * (then taken out of the file's arrays), so the API can never drift from the file format documented in
 * docs/format.md. The API adds fields to them (such as an article's {@code eventId}) but never renames one.
 */
final class ContractJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build()).build();

    private ContractJson() {
    }

    /** An article object of events.json (annotations included), plus {@code eventId}. */
    static ObjectNode article(StoredArticle stored) {
        Article a = stored.article();
        Analysis one = new Analysis(List.of(a), List.of(), List.of(), Map.of(a.id(), stored.annotations()));
        ObjectNode node = (ObjectNode) file(one).get("articles").get(0);
        node.put("eventId", stored.eventId());
        return node;
    }

    /**
     * The event object of events.json (its dossier included), plus {@code articles}: the metadata of each member
     * (the article object's fields up to {@code language}, without text or annotations), sorted by id.
     */
    static ObjectNode event(Analysis analysis, Event event) {
        Analysis one = new Analysis(List.of(), List.of(event), List.of(), Map.of(),
                Map.of(event.id(), analysis.dossierOf(event.id())));
        ObjectNode node = (ObjectNode) file(one).get("events").get(0);
        ArrayNode members = node.putArray("articles");
        analysis.articles().stream().sorted(Comparator.comparing(Article::id)).forEach(a -> members.add(meta(a)));
        return node;
    }

    /** The metadata fields of an article object. */
    static ObjectNode meta(Article a) {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("outlet", a.outlet());
        m.put("author", a.author());
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("url", a.url());
        m.put("language", a.language());
        return m;
    }

    private static JsonNode file(Analysis analysis) {
        try {
            return MAPPER.readTree(EventsJson.toBytes(analysis));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: events.json written by EventsJson reads back", e);
        }
    }
}
