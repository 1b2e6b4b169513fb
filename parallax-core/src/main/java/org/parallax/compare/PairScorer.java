package org.parallax.compare;

import java.util.Set;

/**
 * How alike two pieces of text are, on a 0..1 scale: the embedding cosine combined with content-word overlap and
 * name/number overlap. The embedding alone over-rates sentences on the same topic that state different facts; the
 * word and name overlaps pull those apart, and the embedding carries paraphrases and translations whose words
 * differ.
 *
 * @param cosineWeight  weight of the embedding cosine
 * @param lexicalWeight weight of the content-word set cosine
 * @param namesWeight   weight of the entity/number set cosine
 */
public record PairScorer(double cosineWeight, double lexicalWeight, double namesWeight) {

    /** The weights used by default, measured on the demo corpus and the test fixtures (see {@link AlignSettings}). */
    public static final PairScorer DEFAULT = new PairScorer(0.55, 0.30, 0.15);

    /** The score of two texts from their parts; the word and name overlaps are weighted by rarity in the event. */
    double score(float[] va, float[] vb, Set<String> contentA, Set<String> contentB, Set<String> namesA,
                 Set<String> namesB, TermWeights weights) {
        double cos = Math.max(0, SentenceEmbedder.cosine(va, vb));
        double lex = weights.cosine(contentA, contentB);
        if (namesA.isEmpty() && namesB.isEmpty()) {
            // Neither names anything: the name feature carries no evidence either way, so it is left out.
            return (cosineWeight * cos + lexicalWeight * lex) / (cosineWeight + lexicalWeight);
        }
        return cosineWeight * cos + lexicalWeight * lex + namesWeight * weights.cosine(namesA, namesB);
    }

    /** The score of two profiled sentences. */
    double score(ProfiledSentence a, ProfiledSentence b, TermWeights weights) {
        return score(a.vector(), b.vector(), a.content(), b.content(), a.names(), b.names(), weights);
    }
}
