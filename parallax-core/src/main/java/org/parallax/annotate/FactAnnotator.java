package org.parallax.annotate;

import org.parallax.model.Entity;
import org.parallax.model.Quantity;
import org.parallax.model.DateMention;

import java.time.LocalDate;
import java.util.List;

import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * The entity, quantity and date layers of an article, over one CoreNLP document: a small facade so the caller
 * annotates once with {@link NlpPipeline} and reads each layer from the same {@link CoreDocument}.
 *
 * <p>Robustness: the layers only read token fields through null-safe accessors, so sentences that CoreNLP left
 * untagged (longer than {@link NlpPipeline#MAX_SENTENCE_TOKENS}: POS/NER skip them) yield nothing rather than an
 * exception. Should a layer still fail on some unforeseen input, {@link Annotator} catches it, writes the article
 * without annotations and records a warning. Character offsets are CoreNLP's, into exactly the {@code text} given
 * to the pipeline.
 *
 * <p>Thread-safe and stateless: share one instance.
 */
public final class FactAnnotator {
    private final EntityExtractor entities = new EntityExtractor();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final DateResolver dates = new DateResolver();

    /** The distinct entities of the article, in order of first mention. */
    public List<Entity> entities(String text, CoreDocument doc) {
        return entities.extract(text, doc);
    }

    /** The counts, amounts of money and percentages of the article, in text order. */
    public List<Quantity> quantities(String text, CoreDocument doc) {
        return quantities.extract(text, doc);
    }

    /** The date mentions of the article, resolved against {@code published} (may be null), in text order. */
    public List<DateMention> dates(String text, CoreDocument doc, LocalDate published) {
        return dates.resolve(text, doc, published);
    }
}
