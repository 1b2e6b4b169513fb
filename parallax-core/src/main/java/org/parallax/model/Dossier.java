package org.parallax.model;

import java.util.List;

/**
 * The cross-source comparison of one event: what the outlets agree on, where they conflict, what only one reports,
 * the quotes and their renderings, who cites whom, shared wire copy, the people involved, each outlet's framing and
 * a timeline. Every item links back to the sentences it came from. An event with one article has an empty dossier.
 *
 * @param consensus    statements two or more outlets make, most widely supported first
 * @param figures      every quantity, date and place reported, one entry per slot
 * @param conflicts    the figures whose values cannot all hold
 * @param uniqueClaims substantive statements only one outlet makes
 * @param quotes       utterances with each article's rendering
 * @param attributions who each article cites
 * @param citedSources sources with every article citing them
 * @param syndication  text shared between articles
 * @param people       people and organisations involved, with each article's descriptions
 * @param framing      each article's distinctive terms
 * @param timeline     dated happenings, in date order
 */
public record Dossier(List<Claim> consensus, List<Figure> figures, List<Figure> conflicts, List<Claim> uniqueClaims,
                      List<QuoteGroup> quotes, List<Citation> attributions, List<CitedSource> citedSources,
                      List<Syndication> syndication, List<Person> people, List<Framing> framing,
                      List<TimelineEntry> timeline) {

    /** The dossier of an event with nothing to compare. */
    public static final Dossier EMPTY = new Dossier(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of());

    public Dossier {
        consensus = List.copyOf(consensus);
        figures = List.copyOf(figures);
        conflicts = List.copyOf(conflicts);
        uniqueClaims = List.copyOf(uniqueClaims);
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
        citedSources = List.copyOf(citedSources);
        syndication = List.copyOf(syndication);
        people = List.copyOf(people);
        framing = List.copyOf(framing);
        timeline = List.copyOf(timeline);
    }
}
