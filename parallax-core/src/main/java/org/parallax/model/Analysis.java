package org.parallax.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a run: the contents of events.json, plus the problems met on the way.
 *
 * @param articles    all articles, sorted by id
 * @param events      all events, newest first then by id; every article is in exactly one
 * @param problems    inputs skipped or warned about, in the order met
 * @param annotations each annotated article's annotations, by article id (empty when annotation was off)
 * @param dossiers    each compared event's dossier, by event id (empty when comparison was off)
 */
public record Analysis(List<Article> articles, List<Event> events, List<Problem> problems,
                       Map<String, Annotations> annotations, Map<String, Dossier> dossiers) {

    public Analysis {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        problems = List.copyOf(problems);
        annotations = Collections.unmodifiableSortedMap(new TreeMap<>(annotations));
        dossiers = Collections.unmodifiableSortedMap(new TreeMap<>(dossiers));
    }

    /** An analysis without dossiers. */
    public Analysis(List<Article> articles, List<Event> events, List<Problem> problems,
                    Map<String, Annotations> annotations) {
        this(articles, events, problems, annotations, Map.of());
    }

    /** An analysis without annotations or dossiers. */
    public Analysis(List<Article> articles, List<Event> events, List<Problem> problems) {
        this(articles, events, problems, Map.of(), Map.of());
    }

    /** The annotations of article {@code id}, or {@link Annotations#EMPTY}. */
    public Annotations annotationsOf(String id) {
        return annotations.getOrDefault(id, Annotations.EMPTY);
    }

    /** The dossier of event {@code eventId}, or {@link Dossier#EMPTY} when it has none. */
    public Dossier dossierOf(String eventId) {
        return dossiers.getOrDefault(eventId, Dossier.EMPTY);
    }
}
