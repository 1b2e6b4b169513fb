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
 * exception. Should a layer still fail on some unforeseen input, {@link #annotate} catches it and returns empty
 * layers with the reason, so the article is written anyway and the caller can record a warning. Character offsets
 * are CoreNLP's, into exactly the {@code text} given to the pipeline.
 *
 * <p>Thread-safe and stateless: share one instance.
 */
public final class FactAnnotator {
    private final EntityExtractor entities = new EntityExtractor();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final DateResolver dates = new DateResolver();

    /** The three layers of one article, and the reason they are empty when annotation failed (else null). */
    public record Facts(List<Entity> entities, List<Quantity> quantities, List<DateMention> dates, String failure) {
        public Facts {
            entities = List.copyOf(entities);
            quantities = List.copyOf(quantities);
            dates = List.copyOf(dates);
        }

        /** No annotations, with the reason. */
        public static Facts failed(String reason) {
            return new Facts(List.of(), List.of(), List.of(), reason);
        }
    }

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

    /**
     * Runs the pipeline and all three layers; never throws for bad text: a failure of CoreNLP or of a layer gives
     * {@link Facts#failed} with the exception's class and message.
     */
    public Facts annotate(NlpPipeline pipeline, String text, LocalDate published) {
        try {
            CoreDocument doc = pipeline.annotate(text, published);
            return new Facts(entities(text, doc), quantities(text, doc), dates(text, doc, published), null);
        } catch (RuntimeException | StackOverflowError e) {
            return Facts.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
