package org.parallax.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.parallax.model.Article;

/**
 * Generates a synthetic news corpus for benchmarks, deterministically from a seed: many events, each reported by
 * several articles that share the event's names, place, numbers, year and key words, over a background vocabulary
 * drawn with a Zipf distribution (as word frequencies in real text are). Events of one topic share topic words, so
 * that, as in real news, the clusterer must tell apart events of one kind. Words are made-up syllable strings.
 */
public final class SyntheticNews {
    private static final String[] ONSETS = {"b", "br", "d", "dr", "f", "g", "gr", "k", "kr", "l", "m", "n", "p",
        "pr", "r", "s", "st", "t", "tr", "v", "z", "sh", "ch", "h"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ei"};
    private static final String[] CODAS = {"", "", "n", "r", "s", "l", "m", "t", "k"};
    private static final int VOCABULARY = 30_000;
    private static final int TOPICS = 200;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 365;

    private final SplittableRandom random;
    private final String[] vocabulary;
    private final double[] zipfCumulative;

    /** A generator with its own vocabulary, both fixed by {@code seed}. */
    public SyntheticNews(long seed) {
        this.random = new SplittableRandom(seed);
        this.vocabulary = new String[VOCABULARY];
        Map<String, Boolean> seen = new HashMap<>();
        for (int i = 0; i < VOCABULARY; i++) {
            String w;
            do {
                w = word(1 + Math.min(3, i / 2000 + random.nextInt(2)));
            } while (seen.putIfAbsent(w, true) != null);
            vocabulary[i] = w;
        }
        this.zipfCumulative = new double[VOCABULARY];
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            sum += 1.0 / (i + 1);
            zipfCumulative[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            zipfCumulative[i] /= sum;
        }
    }

    /** A corpus: the articles and, for scoring, the event of each article. */
    public record Corpus(List<Article> articles, Map<String, String> gold) {
    }

    /** Generates {@code size} articles: events of 1 to 9 articles (5 on average). */
    public Corpus generate(int size) {
        List<Article> articles = new ArrayList<>(size);
        Map<String, String> gold = new HashMap<>();
        int event = 0;
        while (articles.size() < size) {
            EventFacts facts = eventFacts();
            int reports = Math.min(1 + random.nextInt(9), size - articles.size());
            String label = "event-" + event++;
            for (int r = 0; r < reports; r++) {
                String id = String.format(Locale.ROOT, "syn-%07d", articles.size());
                articles.add(article(id, facts));
                gold.put(id, label);
            }
        }
        return new Corpus(articles, gold);
    }

    /** What all reports of one event share. */
    private record EventFacts(int topic, List<String> names, String place, String number, int year,
                              List<String> keywords, LocalDate day) {
    }

    private EventFacts eventFacts() {
        List<String> names = new ArrayList<>();
        for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
            names.add(capital(word(2)) + " " + capital(word(2 + random.nextInt(2))));
        }
        List<String> keywords = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // Key words come from the middle of the vocabulary: neither function-word common nor unique.
            keywords.add(vocabulary[500 + random.nextInt(VOCABULARY - 500)]);
        }
        return new EventFacts(random.nextInt(TOPICS), names, capital(word(3)),
                String.format(Locale.ROOT, "%,d", 10 + random.nextInt(50_000)), 2000 + random.nextInt(26),
                keywords, FIRST_DAY.plusDays(random.nextInt(DAYS)));
    }

    private Article article(String id, EventFacts e) {
        StringBuilder text = new StringBuilder();
        for (int s = 0, n = 8 + random.nextInt(10); s < n; s++) {
            if (s > 0) {
                text.append(s % 4 == 0 ? "\n\n" : " ");
            }
            text.append(sentence(e));
        }
        String title = capital(pick(e.keywords())) + " in " + e.place() + " as " + pick(e.names()) + " "
                + pick(e.keywords()) + " " + e.number();
        LocalDate published = e.day().plusDays(random.nextInt(3));
        return new Article(id, title, "outlet-" + random.nextInt(40), null, published, null, "en", text.toString(),
                List.of());
    }

    /** A sentence of 8 to 22 words: mostly background, some topic words, some facts of the event. */
    private String sentence(EventFacts e) {
        StringBuilder b = new StringBuilder();
        for (int w = 0, n = 8 + random.nextInt(15); w < n; w++) {
            String word;
            double r = random.nextDouble();
            if (r < 0.72) {
                word = zipfWord();
            } else if (r < 0.82) {
                word = vocabulary[100 + e.topic() * 20 + random.nextInt(20)];
            } else if (r < 0.91) {
                word = pick(e.keywords());
            } else if (r < 0.96) {
                word = pick(e.names());
            } else if (r < 0.98) {
                word = e.place();
            } else {
                word = random.nextBoolean() ? e.number() : Integer.toString(e.year());
            }
            b.append(w == 0 ? capital(word) : word).append(w == n - 1 ? "." : " ");
        }
        return b.toString();
    }

    private String zipfWord() {
        int i = java.util.Arrays.binarySearch(zipfCumulative, random.nextDouble());
        return vocabulary[Math.min(VOCABULARY - 1, i < 0 ? -i - 1 : i)];
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private String word(int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)])
                    .append(CODAS[random.nextInt(CODAS.length)]);
        }
        return b.toString();
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
