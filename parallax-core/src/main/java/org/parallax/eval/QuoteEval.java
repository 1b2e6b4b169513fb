package org.parallax.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.parallax.annotate.CuedQuote;
import org.parallax.annotate.NlpPipeline;
import org.parallax.model.Quote;
import org.parallax.annotate.QuoteExtractor;
import org.parallax.model.QuoteKind;
import org.parallax.eval.PolnearGold.GoldArticle;
import org.parallax.eval.PolnearGold.GoldAttribution;
import org.parallax.eval.PolnearGold.Span;

/**
 * Scores the quote extractor against PolNeAR-style gold.
 * <ul>
 *   <li><b>content</b>: a predicted direct or indirect quote is correct when its span overlaps the content span of
 *       some gold attribution (precision over predicted quotes); a gold attribution is found when some predicted
 *       quote overlaps one of its content spans (recall over gold attributions). Partial quotes (quoted terms)
 *       are not scored: PolNeAR does not annotate scare quotes as attributions.</li>
 *   <li><b>speaker</b>: for each correct predicted quote, the gold attribution whose content fits it best (overlap over union,
 *       so that with nested attributions the inner or outer one is chosen by extent); when that gold
 *       source names someone (not empty, not a pronoun), the predicted speaker is right when, after lower-casing
 *       and removing punctuation, titles and a leading article, one contains the other or the last word of one
 *       (the surname) is a word of the other (gold sources often carry an appositive: "Murphy, now a consultant"). PolNeAR credits "X said,
 *       according to CNN" to CNN; a quote whose {@code via} matches the gold source counts as right too. Gold pronoun sources are counted apart: "resolved" when the predicted speaker is a
 *       name (not a pronoun) whose last word occurs in the article before the gold pronoun, which checks that a
 *       resolution happened and is plausible, not that it is right (the gold has no coreference).</li>
 *   <li><b>cue</b>: a predicted cue span is correct when it overlaps a gold cue span; a gold cue is found when some
 *       predicted cue overlaps it.</li>
 * </ul>
 */
public final class QuoteEval {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her",
            "them", "me", "us", "this", "that", "who", "which", "his", "their", "its", "one", "some", "others");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov",
            "president", "the", "a", "an", "former", "secretary", "gen", "judge", "rev");

    /** The scores of one run. */
    public record Report(int articles, int predicted, int predictedCorrect, int gold, int goldFound,
                         int speakerNamed, int speakerCorrect, int pronounGold, int pronounResolved,
                         int cuesPredicted, int cuesCorrect, int goldCues, int goldCuesFound,
                         long tokens, double seconds) {
        static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        static double div(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        /** The figures as a short text table. */
        public String format() {
            double cp = div(predictedCorrect, predicted);
            double cr = div(goldFound, gold);
            double qp = div(cuesCorrect, cuesPredicted);
            double qr = div(goldCuesFound, goldCues);
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "articles: %d, gold attributions: %d, predicted quotes: %d%n",
                    articles, gold, predicted));
            b.append(String.format(Locale.ROOT, "content   P %.3f  R %.3f  F1 %.3f%n", cp, cr, f1(cp, cr)));
            b.append(String.format(Locale.ROOT, "speaker   accuracy %.3f (%d/%d matched quotes whose gold source names someone)%n",
                    div(speakerCorrect, speakerNamed), speakerCorrect, speakerNamed));
            b.append(String.format(Locale.ROOT, "pronouns  resolved %.3f (%d/%d matched quotes whose gold source is a pronoun)%n",
                    div(pronounResolved, pronounGold), pronounResolved, pronounGold));
            b.append(String.format(Locale.ROOT, "cue       P %.3f  R %.3f  F1 %.3f%n", qp, qr, f1(qp, qr)));
            b.append(String.format(Locale.ROOT, "speed     %.2f articles/s, %.0f tokens/s (CoreNLP + quotes, %.1f s)%n",
                    articles / seconds, tokens / seconds, seconds));
            return b.toString();
        }
    }

    private record Result(GoldArticle article, List<CuedQuote> quotes, int tokens) {
    }

    private final NlpPipeline nlp;
    private final QuoteExtractor extractor = new QuoteExtractor();

    /** An evaluator using a loaded pipeline. */
    public QuoteEval(NlpPipeline nlp) {
        this.nlp = nlp;
    }

    /**
     * Runs the annotator over {@code articles} with {@code threads} threads and scores it; {@code dump}, when not
     * null, receives every miss and wrong speaker for error analysis.
     */
    public Report run(List<GoldArticle> articles, int threads, PrintWriter dump) throws IOException {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        List<Future<Result>> futures = new ArrayList<>();
        try {
            for (GoldArticle a : articles) {
                futures.add(pool.submit(() -> {
                    CoreDocument doc = nlp.annotate(a.text(), a.published());
                    return new Result(a, extractor.cuedQuotes(a.text(), doc), doc.tokens().size());
                }));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> f : futures) {
                try {
                    results.add(f.get());
                } catch (Exception e) {
                    throw new IOException("annotation failed: " + e.getMessage(), e);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return score(results, seconds, dump);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Report score(List<Result> results, double seconds, PrintWriter dump) {
        int predicted = 0, predictedCorrect = 0, gold = 0, goldFound = 0, named = 0, namedOk = 0, pron = 0,
                pronOk = 0, cuesP = 0, cuesOk = 0, goldCues = 0, goldCuesFound = 0;
        long tokens = 0;
        for (Result r : results) {
            tokens += r.tokens();
            List<GoldAttribution> atts = r.article().attributions();
            String text = r.article().text();
            boolean[] found = new boolean[atts.size()];
            boolean[] cueFound = new boolean[atts.size()];
            for (CuedQuote cq : r.quotes()) {
                Quote q = cq.quote();
                if (q.kind() == QuoteKind.PARTIAL) {
                    continue;
                }
                predicted++;
                int best = -1;
                double bestFit = 0;
                for (int g = 0; g < atts.size(); g++) {
                    List<Span> content = atts.get(g).content();
                    int o = overlap(content, q.start(), q.end());
                    if (o > 0) {
                        found[g] = true;
                        // nested attributions: the gold whose content fits the quote best (overlap over union)
                        double fit = (double) o / (length(content) + (q.end() - q.start()) - o);
                        if (fit > bestFit) {
                            bestFit = fit;
                            best = g;
                        }
                    }
                }
                if (cq.cueStart() >= 0) {
                    cuesP++;
                    boolean ok = false;
                    for (int g = 0; g < atts.size(); g++) {
                        for (Span s : atts.get(g).cue()) {
                            if (s.overlaps(cq.cueStart(), cq.cueEnd())) {
                                ok = true;
                                cueFound[g] = true;
                            }
                        }
                    }
                    if (ok) {
                        cuesOk++;
                    }
                }
                if (best < 0) {
                    if (dump != null) {
                        dump.printf("FP\t%s\t%s\t%s\t%s%n", r.article().id(), q.kind().label(), q.speaker(), clip(q.text()));
                    }
                    continue;
                }
                predictedCorrect++;
                GoldAttribution g = atts.get(best);
                String src = g.sourceText().trim();
                if (src.isEmpty()) {
                    continue;
                }
                if (PRONOUNS.contains(src.toLowerCase(Locale.ROOT))) {
                    pron++;
                    int at = g.source().get(0).start();
                    if (resolved(q.speaker(), text, at)) {
                        pronOk++;
                    }
                    continue;
                }
                named++;
                if (sameSpeaker(q.speaker(), src) || sameSpeaker(q.via(), src)) {
                    namedOk++;
                } else if (dump != null) {
                    dump.printf("SPK\t%s\tgold=%s\tpred=%s\tcue=%s\t%s%n", r.article().id(), src, q.speaker(), q.cue(),
                            clip(q.sentence()));
                }
            }
            for (int g = 0; g < atts.size(); g++) {
                gold++;
                if (found[g]) {
                    goldFound++;
                } else if (dump != null) {
                    dump.printf("FN\t%s\tsrc=%s\tcue=%s\t%s%n", r.article().id(), atts.get(g).sourceText(),
                            join(atts.get(g).cue()), clip(join(atts.get(g).content())));
                }
                if (!atts.get(g).cue().isEmpty()) {
                    goldCues++;
                    if (cueFound[g]) {
                        goldCuesFound++;
                    }
                }
            }
        }
        return new Report(results.size(), predicted, predictedCorrect, gold, goldFound, named, namedOk, pron, pronOk,
                cuesP, cuesOk, goldCues, goldCuesFound, tokens, seconds);
    }

    private static String join(List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            b.append(b.length() == 0 ? "" : " | ").append(s.text());
        }
        return b.toString();
    }

    private static String clip(String s) {
        String one = s == null ? "" : s.replace('\n', ' ').replace('\t', ' ');
        return one.length() > 200 ? one.substring(0, 200) : one;
    }

    private static int length(List<Span> spans) {
        int total = 0;
        for (Span s : spans) {
            total += s.end() - s.start();
        }
        return total;
    }

    private static int overlap(List<Span> spans, int start, int end) {
        int total = 0;
        for (Span s : spans) {
            total += Math.max(0, Math.min(end, s.end()) - Math.max(start, s.start()));
        }
        return total;
    }

    /** Lower case, letters and digits only, titles and articles removed. */
    static List<String> normalise(String name) {
        List<String> words = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s\\b", "").split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                all.add(w);
                if (!TITLES.contains(w)) {
                    words.add(w);
                }
            }
        }
        return words.isEmpty() ? all : words; // "the president" stays "the president"
    }

    /** Whether a predicted speaker matches a gold source text (containment either way, or the last word of one is a word of the other: the surname). */
    static boolean sameSpeaker(String predicted, String gold) {
        if (predicted == null) {
            return false;
        }
        List<String> p = normalise(predicted);
        List<String> g = normalise(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return false;
        }
        String ps = " " + String.join(" ", p) + " ";
        String gs = " " + String.join(" ", g) + " ";
        return ps.contains(gs) || gs.contains(ps) || g.contains(p.get(p.size() - 1))
                || p.contains(g.get(g.size() - 1));
    }

    /** Whether a pronoun was resolved to a name whose last word occurs in the text before the pronoun. */
    static boolean resolved(String predicted, String text, int before) {
        if (predicted == null) {
            return false;
        }
        List<String> p = normalise(predicted);
        if (p.isEmpty() || PRONOUNS.contains(p.get(p.size() - 1))) {
            return false;
        }
        String last = p.get(p.size() - 1);
        return text.substring(0, Math.max(0, Math.min(before, text.length()))).toLowerCase(Locale.ROOT).contains(last);
    }
}
