package org.parallax.annotate;

import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

/**
 * Null-safe reading of CoreNLP token fields. Sentences longer than the POS or NER length caps of
 * {@link NlpPipeline} come back without tags, so every rule reads tags through here and sees {@code ""} or
 * {@code "O"} instead of null.
 */
final class Tok {
    private Tok() {
    }

    static String word(CoreLabel t) {
        String w = t.word();
        return w == null ? "" : w;
    }

    static String lower(CoreLabel t) {
        return word(t).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    }

    static String tag(CoreLabel t) {
        String p = t.tag();
        return p == null ? "" : p;
    }

    static String ner(CoreLabel t) {
        String n = t.ner();
        return n == null ? "O" : n;
    }

    static String normalized(CoreLabel t) {
        return t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }

    static boolean isNoun(CoreLabel t) {
        return tag(t).startsWith("NN");
    }

    static boolean isCommonNoun(CoreLabel t) {
        String p = tag(t);
        return p.equals("NN") || p.equals("NNS");
    }

    static boolean isAdjective(CoreLabel t) {
        return tag(t).startsWith("JJ");
    }

    /** A finite verb or modal: its presence makes a phrase a clause rather than a description. */
    static boolean isFiniteVerb(CoreLabel t) {
        String p = tag(t);
        return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }

    static boolean isPossessive(CoreLabel t) {
        return tag(t).equals("POS") || lower(t).equals("'s") || lower(t).equals("'");
    }

    /** The text between the first and last token (inclusive), cut from the original article text. */
    /** The whole sentence made of {@code tokens}, as it stands in {@code text}. */
    static String sentence(String text, List<CoreLabel> tokens) {
        return tokens.isEmpty() ? "" : span(text, tokens, 0, tokens.size() - 1);
    }

    static String span(String text, List<CoreLabel> tokens, int from, int toInclusive) {
        int b = tokens.get(from).beginPosition();
        int e = tokens.get(toInclusive).endPosition();
        if (b < 0 || e > text.length() || b > e) {
            StringBuilder s = new StringBuilder();
            for (int i = from; i <= toInclusive; i++) {
                s.append(i > from ? " " : "").append(word(tokens.get(i)));
            }
            return s.toString();
        }
        return text.substring(b, e);
    }
}
