package org.parallax.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parallax.compare.Coverage;
import org.parallax.model.Analysis;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Dossier;
import org.parallax.model.Event;
import org.parallax.model.Problem;
import org.parallax.render.EventsJson;

import scala.Tuple2;

/**
 * The dossier stage, run over a partition of events at a time: builds the dossier of each event of two or more
 * articles with the core's {@link org.parallax.compare.DossierBuilder} (one per executor JVM, see {@link PerJvm}),
 * then renders the event and its articles with the core's {@link EventsJson}, one JSON object per line. An event
 * whose dossier fails is written without one, and the failure becomes a problem.
 */
final class EventWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean annotate;

    EventWriter(boolean annotate) {
        this.annotate = annotate;
    }

    /** Writes every event of a partition. */
    Iterator<Item<EventOutput>> write(Iterator<Tuple2<EventRow, List<byte[]>>> events) {
        List<Item<EventOutput>> out = new ArrayList<>();
        while (events.hasNext()) {
            Tuple2<EventRow, List<byte[]>> next = events.next();
            Event event = next._1().toEvent();
            List<Article> members = new ArrayList<>();
            Map<String, Annotations> annotations = new TreeMap<>();
            for (byte[] b : next._2()) {
                ArticleCodec.Decoded d = ArticleCodec.decode(b);
                members.add(d.article());
                annotations.put(d.article().id(), d.annotations());
            }
            Map<String, Dossier> dossier = Map.of();
            if (annotate && members.size() > 1) {
                try {
                    dossier = Map.of(event.id(),
                            PerJvm.dossierBuilder().build(new Coverage(event, members, annotations)));
                } catch (RuntimeException e) {
                    out.add(Item.problem(ProblemRow.of(Problem.warning("event " + event.id(), 0,
                            "its dossier could not be built: " + e))));
                }
            }
            Analysis one = new Analysis(members, List.of(event), List.of(), annotate ? annotations : Map.of(),
                    dossier);
            out.add(Item.of(render(event, one)));
        }
        return out.iterator();
    }

    /** The lines of one event's analysis, as EventsJson writes them, one object per line. */
    private static EventOutput render(Event event, Analysis one) {
        try {
            JsonNode file = JSON.readTree(EventsJson.toBytes(one));
            ArrayList<String> ids = new ArrayList<>();
            ArrayList<String> lines = new ArrayList<>();
            for (JsonNode a : file.get("articles")) {
                ids.add(a.get("id").asText());
                lines.add(JSON.writeValueAsString(a));
            }
            String eventLine = JSON.writeValueAsString(file.get("events").get(0));
            return new EventOutput(order(event), event.articleIds().size(), eventLine, ids, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: reading JSON the core just wrote", e);
        }
    }

    /** Sorts as {@link org.parallax.cluster.EventClusterer#NEWEST_FIRST}: by end date, newest first, undated last. */
    static String order(Event e) {
        String date = e.end() == null ? "1" : String.format(Locale.ROOT, "0%015d", 999_999_999_999L
                - e.end().toEpochDay());
        return date + "\u0000" + e.id();
    }
}
