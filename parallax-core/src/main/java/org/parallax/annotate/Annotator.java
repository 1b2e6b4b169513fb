package org.parallax.annotate;

import java.util.function.Consumer;

import edu.stanford.nlp.pipeline.CoreDocument;

import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Problem;

/**
 * The annotation stage: runs CoreNLP once per article and reads every layer from the same document: entities,
 * quotes, quantities, dates and attributions. Loading the models takes seconds and about a gigabyte, so build one
 * per process; {@link #annotate} is thread-safe.
 */
public final class Annotator {
    private final NlpPipeline pipeline;
    private final FactAnnotator facts = new FactAnnotator();
    private final QuoteExtractor speech = new QuoteExtractor();

    /** Loads the CoreNLP models (slow: do it once). */
    public Annotator() {
        this(new NlpPipeline());
    }

    /** An annotator over an already loaded pipeline. */
    public Annotator(NlpPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Annotates one article. Never throws for bad text: when CoreNLP or a layer fails, the article gets
     * {@link Annotations#EMPTY} and {@code problems} a warning naming it and the reason.
     */
    public Annotations annotate(Article article, Consumer<Problem> problems) {
        String text = article.text();
        if (text.isBlank()) {
            return Annotations.EMPTY;
        }
        try {
            CoreDocument doc = pipeline.annotate(text, article.published());
            SpeechAnalysis said = speech.analyse(text, doc);
            return new Annotations(facts.entities(text, doc), said.quotes(), facts.quantities(text, doc),
                    facts.dates(text, doc, article.published()), said.attributions());
        } catch (RuntimeException | StackOverflowError e) {
            problems.accept(Problem.warning(article.id(), 0, "could not annotate (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); the article is written without annotations"));
            return Annotations.EMPTY;
        }
    }
}
