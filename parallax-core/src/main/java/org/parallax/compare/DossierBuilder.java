package org.parallax.compare;

import java.util.List;

import org.parallax.model.Citation;
import org.parallax.model.Dossier;

/**
 * The comparison stage: builds the dossier of one event from its coverage, every section linked to the sentences it
 * came from. Loads the sentence-embedding model once (about a second); thread-safe, so one builder serves every
 * event of a run.
 */
public final class DossierBuilder {
    private final SentenceAligner aligner;
    private final QuoteVariantGrouper quotes;
    private final SyndicationDetector syndication;
    private final FigureFinder figures = new FigureFinder();
    private final TimelineBuilder timeline = new TimelineBuilder();
    private final CitationCollector citations = new CitationCollector();
    private final PeopleMerger people = new PeopleMerger();
    private final FramingAnalyzer framing = new FramingAnalyzer();

    /** A builder with the default alignment settings and a freshly loaded embedding model. */
    public DossierBuilder() {
        this(new SentenceEmbedder(), AlignSettings.DEFAULT);
    }

    /** A builder over an already loaded embedding model. */
    public DossierBuilder(SentenceEmbedder embedder, AlignSettings settings) {
        this.aligner = new SentenceAligner(embedder, settings);
        this.quotes = new QuoteVariantGrouper(embedder, settings);
        this.syndication = new SyndicationDetector(embedder);
    }

    /**
     * The dossier of one event. An event with fewer than two articles has nothing to compare and gets
     * {@link Dossier#EMPTY}.
     */
    public Dossier build(Coverage coverage) {
        if (coverage.articles().size() < 2) {
            return Dossier.EMPTY;
        }
        Alignment alignment = aligner.align(coverage);
        FigureFinder.Figures found = figures.find(coverage);
        List<Citation> cited = citations.citations(coverage);
        return new Dossier(
                ConsensusFinder.find(alignment),
                found.figures(),
                found.conflicts(),
                UniqueClaimFinder.find(alignment, aligner.settings().threshold()),
                quotes.group(coverage),
                cited,
                citations.sources(cited),
                syndication.detect(coverage),
                people.merge(coverage),
                framing.analyze(coverage),
                timeline.build(coverage));
    }
}
