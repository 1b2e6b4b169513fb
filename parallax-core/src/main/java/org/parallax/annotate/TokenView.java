package org.parallax.annotate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * The article's tokens as flat arrays (offsets, lower-cased word, lemma, POS tag, NER class, sentence), so that the
 * speech rules are cheap index arithmetic instead of object walks. Built once per article.
 */
final class TokenView {
    final String text;
    final int size;
    final int[] begin;
    final int[] end;
    final int[] sentence;
    final String[] word;
    final String[] lower;
    final String[] lemma;
    final String[] tag;
    final String[] ner;
    /** First token of each sentence; {@code sentenceFirst[s+1]} is one past its last. */
    final int[] sentenceFirst;
    /** Index of the quote span a token lies in (marks included), or -1. */
    final int[] quote;

    TokenView(String text, CoreDocument doc) {
        this.text = text;
        List<CoreSentence> sentences = doc.sentences() == null ? List.of() : doc.sentences();
        int n = 0;
        for (CoreSentence s : sentences) {
            n += s.tokens().size();
        }
        size = n;
        begin = new int[n];
        end = new int[n];
        sentence = new int[n];
        word = new String[n];
        lower = new String[n];
        lemma = new String[n];
        tag = new String[n];
        ner = new String[n];
        quote = new int[n];
        Arrays.fill(quote, -1);
        sentenceFirst = new int[sentences.size() + 1];
        int i = 0;
        for (int s = 0; s < sentences.size(); s++) {
            sentenceFirst[s] = i;
            for (CoreLabel t : sentences.get(s).tokens()) {
                begin[i] = Math.max(0, Math.min(text.length(), t.beginPosition()));
                end[i] = Math.max(begin[i], Math.min(text.length(), t.endPosition()));
                sentence[i] = s;
                String w = text.substring(begin[i], end[i]);
                // never empty, so rules can look at the first character without a check
                word[i] = !w.isEmpty() ? w : t.word() != null && !t.word().isEmpty() ? t.word() : "_";
                lower[i] = word[i].toLowerCase(Locale.ROOT);
                String l = t.get(CoreAnnotations.LemmaAnnotation.class);
                lemma[i] = l == null ? lower[i] : l.toLowerCase(Locale.ROOT);
                tag[i] = t.tag() == null ? "" : t.tag();
                ner[i] = t.ner() == null ? "O" : t.ner();
                i++;
            }
        }
        sentenceFirst[sentences.size()] = n;
    }

    /** Number of sentences. */
    int sentences() {
        return sentenceFirst.length - 1;
    }

    /** First token index of sentence {@code s}. */
    int first(int s) {
        return sentenceFirst[s];
    }

    /** One past the last token index of sentence {@code s}. */
    int last(int s) {
        return sentenceFirst[s + 1];
    }

    /** Character offset where sentence {@code s} begins. */
    int sentenceBegin(int s) {
        return begin[first(s)];
    }

    /** Character offset where sentence {@code s} ends. */
    int sentenceEnd(int s) {
        return end[last(s) - 1];
    }

    /** The text of sentence {@code s}. */
    String sentenceText(int s) {
        return text.substring(sentenceBegin(s), sentenceEnd(s));
    }

    /** Index of the first token starting at or after {@code offset} ({@code size} if none). */
    int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begin[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The article text from token {@code from} to token {@code to} (exclusive). */
    String span(int from, int to) {
        return from >= to ? "" : text.substring(begin[from], end[to - 1]);
    }

    boolean isVerb(int i) {
        return tag[i].startsWith("VB") || tag[i].equals("MD");
    }

    boolean isNoun(int i) {
        return tag[i].startsWith("NN");
    }

    /** Whether token {@code i} has no letter or digit ("," and "''" are punctuation, "'s" is not). */
    boolean isPunct(int i) {
        String w = word[i];
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLetterOrDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    boolean isName(int i) {
        return ner[i].equals("PERSON") || ner[i].equals("ORGANIZATION") || ner[i].equals("LOCATION")
                || ner[i].equals("MISC");
    }

    /** Whether token {@code i} ends a sentence-like unit (., !, ?). */
    boolean isFinal(int i) {
        return word[i].equals(".") || word[i].equals("!") || word[i].equals("?");
    }

    /** Whether a paragraph break (a newline) lies between the end of token {@code a} and the start of {@code b}. */
    boolean newlineBetween(int a, int b) {
        return text.indexOf('\n', end[a]) >= 0 && text.indexOf('\n', end[a]) < begin[b];
    }
}
