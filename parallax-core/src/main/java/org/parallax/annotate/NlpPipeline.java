package org.parallax.annotate;

import java.time.LocalDate;
import java.util.Properties;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The linguistic base: Stanford CoreNLP with tokenize, ssplit, pos, lemma and ner (4-class CRF, fine-grained off,
 * SUTime dates and numeric normalisation). Loading takes seconds and about a gigabyte, so build one per process
 * and share it: {@link #annotate} is thread-safe.
 *
 * <p>No coref, depparse, parse or quote annotators: measured 5 to 70 times slower (docs/decisions.md).
 */
public final class NlpPipeline {
    /** Sentences longer than this many tokens are cut, so one run-on "sentence" cannot stall a run. */
    public static final int MAX_SENTENCE_TOKENS = 250;

    private final StanfordCoreNLP corenlp;

    /** Loads the models (slow: do it once). */
    public NlpPipeline() {
        this.corenlp = new StanfordCoreNLP(properties());
    }

    /** The CoreNLP configuration, documented here in one place. */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ssplit.maxSentenceLength", String.valueOf(MAX_SENTENCE_TOKENS));
        p.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        p.setProperty("sutime.markTimeRanges", "true");
        p.setProperty("sutime.includeRange", "true");
        return p;
    }

    /**
     * Annotates {@code text}. Relative dates ("Friday") are resolved against {@code published} when it is known.
     */
    public CoreDocument annotate(String text, LocalDate published) {
        CoreDocument doc = new CoreDocument(text);
        if (published != null) {
            doc.annotation().set(edu.stanford.nlp.ling.CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        corenlp.annotate(doc);
        return doc;
    }
}
