package org.parallax.annotate;

import org.parallax.model.Entity;
import org.parallax.model.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * Finds the counts, amounts of money and percentages an article states. Token rules over an annotated
 * {@link CoreDocument}; thread-safe.
 *
 * <p>A number phrase is a run of digits ("300,000", "2.6"), number words ("seventeen", "twenty-one") and scale
 * words ("million", "dozen", "a dozen"), or a vague plural ("dozens of", "tens of thousands of",
 * "hundreds of thousands of", valued at its order of magnitude: 12, 10 000, 100 000, and always approximate).
 * CoreNLP's bound markers ("$100,000 or more" normalised as "&gt;=") also make a number approximate. It is
 * <ul>
 *   <li>a <b>percentage</b> when "%", "percent" or "per cent" follows ("percentage points" keeps that as
 *       {@code what}); {@code what} is "percent", or
 *       "percent of &lt;noun&gt;" when an of-phrase names the whole ("2.6% of the region's reservists" ->
 *       "percent of reservists"), so that a share is never compared with a count of the same noun;</li>
 *   <li><b>money</b> when a currency sign precedes ("$5 million" -> USD) or a currency word follows
 *       ("200 million rubles" -> "rubles");</li>
 *   <li>a <b>count</b> when a noun follows, possibly after adjectives, participles and a partitive "of the"
 *       ("300,000 Russian reservists", "more than a dozen selected women"); {@code what} is the head noun. A number
 *       with no counted noun is not reported.</li>
 * </ul>
 * Not counted: tokens CoreNLP tags as DATE, TIME, DURATION, SET, ORDINAL or a name (years, ages like
 * "8-year-old", "two weeks"); bare four-digit numbers from 1800 to 2100 (years: news style writes counts of
 * that size with a comma, "2,000 soldiers");
 * numbers joined by a hyphen ("COVID-19", "a 10-point plan"); numbers right after a proper noun with no counted
 * noun after them ("Apollo 11"). {@code approximate} is set by a hedge in the three tokens before the phrase
 * ("about", "around", "more than", "nearly", "at least", "up to", ...), by a vague plural, or by CoreNLP's
 * normalised value starting with "~", "&lt;" or "&gt;".
 */
public final class QuantityExtractor {
    private static final Map<String, Long> UNITS = Map.ofEntries(Map.entry("zero", 0L), Map.entry("one", 1L),
            Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
            Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L),
            Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L),
            Map.entry("fourteen", 14L), Map.entry("fifteen", 15L), Map.entry("sixteen", 16L),
            Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L),
            Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L),
            Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L, "dozen", 12L);
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "us$", "USD", "\u20ac", "EUR",
            "\u00a3", "GBP", "\u00a5", "JPY", "\u20bd", "RUB", "\u20b4", "UAH", "\u20b9", "INR");
    private static final Set<String> CURRENCY_WORDS = Set.of("dollars", "dollar", "euros", "euro", "pounds",
            "pound", "rubles", "ruble", "roubles", "rouble", "yen", "yuan", "renminbi", "hryvnias", "hryvnia",
            "rupees", "rupee", "francs", "franc", "cents", "pence", "usd", "eur", "gbp", "rub", "cny",
            "uah", "won", "lira", "liras", "shekels", "dinars", "pesos", "reais", "rand", "zlotys", "krona", "kronor");
    private static final Set<String> PERCENT_WORDS = Set.of("%", "percent", "pct", "pct.");
    private static final Set<String> SKIP_NER = Set.of("DATE", "TIME", "DURATION", "SET", "ORDINAL", "PERSON",
            "ORGANIZATION", "LOCATION", "MISC");
    /** Hedges before a number, as token sequences (lower case). */
    private static final List<String[]> HEDGES = List.of(words("about"), words("around"), words("approximately"),
            words("roughly"), words("nearly"), words("almost"), words("some"), words("over"), words("more", "than"),
            words("less", "than"), words("fewer", "than"), words("at", "least"), words("at", "most"),
            words("up", "to"), words("as", "many", "as"), words("as", "much", "as"), words("as", "few", "as"),
            words("close", "to"), words("estimated"), words("an", "estimated"), words("under"), words("upwards", "of"),
            words("more", "then"), words("circa"), words("c."), words("nearly"), words("just", "over"),
            words("just", "under"), words("well", "over"), words("in", "excess", "of"), words("some", "of"));
    private static final int WHAT_WINDOW = 6;

    private static String[] words(String... w) {
        return w;
    }

    /** One number phrase: token range and value. */
    private record NumberPhrase(int from, int to, double value, boolean vague) {
    }

    /** The quantities of the article, in text order. */
    public List<Quantity> extract(String text, CoreDocument doc) {
        List<Quantity> out = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<CoreLabel> toks = doc.sentences().get(s).tokens();
            int i = 0;
            while (i < toks.size()) {
                NumberPhrase n = numberAt(toks, i);
                if (n == null) {
                    i++;
                    continue;
                }
                Quantity q = classify(text, toks, s, n);
                if (q != null) {
                    out.add(q);
                }
                i = n.to() + 1;
            }
        }
        return out;
    }

    // ---- number phrases ---------------------------------------------------------------------------------------

    /** The number phrase starting at token {@code i}, or null. */
    private static NumberPhrase numberAt(List<CoreLabel> toks, int i) {
        if (SKIP_NER.contains(Tok.ner(toks.get(i)))) {
            return null;
        }
        NumberPhrase vague = vagueAt(toks, i);
        if (vague != null) {
            return vague;
        }
        long total = 0;
        double current = 0;
        boolean any = false;
        boolean digits = false;
        int j = i;
        for (; j < toks.size(); j++) {
            CoreLabel t = toks.get(j);
            String w = Tok.lower(t);
            if (SKIP_NER.contains(Tok.ner(t))) {
                break;
            }
            Double d = numeral(w);
            if (d != null) {
                if (digits && any && current != 0) {
                    break; // "17 300" is two numbers
                }
                current += d;
                any = true;
                digits = Character.isDigit(w.charAt(0));
                continue;
            }
            if (w.equals("a") && !any && j + 1 < toks.size() && SCALES.containsKey(Tok.lower(toks.get(j + 1)))) {
                current = 1;
                any = true;
                continue;
            }
            if (any && Tok.tag(t).equals("HYPH") && j + 1 < toks.size() && UNITS.containsKey(Tok.lower(toks.get(j + 1)))
                    && !digits) {
                continue; // "twenty-one"
            }
            Long scale = SCALES.get(w);
            if (scale != null && any) {
                if (scale == 100L || scale == 12L) {
                    current *= scale;
                } else {
                    total += Math.round(current * scale);
                    current = 0;
                }
                continue;
            }
            break;
        }
        if (!any) {
            return null;
        }
        int to = j - 1;
        while (to > i && Tok.tag(toks.get(to)).equals("HYPH")) {
            to--;
        }
        if (to == i && (Tok.lower(toks.get(i)).equals("a") || Tok.lower(toks.get(i)).equals("one"))) {
            return null; // "one of the areas", "one mother": selection, not a count worth comparing
        }
        return new NumberPhrase(i, to, total + current, false);
    }

    /** A digit string ("300,000", "2.6") or a number word, else null. */
    private static Double numeral(String w) {
        if (w.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?")) {
            return Double.parseDouble(w.replace(",", ""));
        }
        Long unit = UNITS.get(w);
        return unit == null ? null : unit.doubleValue();
    }

    /** "dozens of", "hundreds of", "thousands of", "hundreds of thousands of": the order of magnitude. */
    private static NumberPhrase vagueAt(List<CoreLabel> toks, int i) {
        Long first = plural(Tok.lower(toks.get(i)));
        if (first == null || i + 1 >= toks.size() || !Tok.lower(toks.get(i + 1)).equals("of")) {
            return null;
        }
        if (i + 2 < toks.size()) {
            Long second = plural(Tok.lower(toks.get(i + 2)));
            if (second != null && second > first) {
                boolean of = i + 3 < toks.size() && Tok.lower(toks.get(i + 3)).equals("of");
                return new NumberPhrase(i, of ? i + 3 : i + 2, (double) first * second, true);
            }
        }
        return new NumberPhrase(i, i + 1, first, true);
    }

    private static Long plural(String w) {
        if (w.equals("tens")) {
            return 10L; // "tens of thousands"
        }
        if (w.equals("scores")) {
            return 20L;
        }
        if (!w.endsWith("s")) {
            return null;
        }
        return SCALES.get(w.substring(0, w.length() - 1));
    }

    // ---- classification ---------------------------------------------------------------------------------------

    private static Quantity classify(String text, List<CoreLabel> toks, int s, NumberPhrase n) {
        int after = n.to() + 1;
        String next = after < toks.size() ? Tok.lower(toks.get(after)) : "";
        String prev = n.from() > 0 ? Tok.lower(toks.get(n.from() - 1)) : "";
        boolean approximate = n.vague() || hedged(toks, n.from()) || hedgedByCoreNlp(toks.get(n.from()));
        int start = n.from() - hedgeLength(toks, n.from());
        if (!n.vague() && (isExcluded(toks, n) || isBareYear(toks, n))) {
            return null;
        }
        if (PERCENT_WORDS.contains(next) || (next.equals("per") && after + 1 < toks.size()
                && Tok.lower(toks.get(after + 1)).equals("cent"))) {
            int end = next.equals("per") ? after + 1 : after;
            int[] whole = ofNoun(toks, end + 1);
            String what = whole == null ? "percent" : "percent of " + Tok.lower(toks.get(whole[1]));
            return quantity(text, toks, s, n.value(), start, whole == null ? end : whole[1], what, "percent",
                    approximate);
        }
        if (next.equals("percentage") && after + 1 < toks.size() && Tok.lower(toks.get(after + 1)).startsWith("point")) {
            return quantity(text, toks, s, n.value(), start, after + 1, "percentage points", "percent", approximate);
        }
        String sign = CURRENCY_SIGNS.get(prev);
        if (sign != null) {
            int signAt = n.from() - 1;
            int hedge = hedgeLength(toks, signAt);
            return quantity(text, toks, s, n.value(), signAt - hedge, n.to(), sign, "money", approximate || hedge > 0);
        }
        if (CURRENCY_WORDS.contains(next)) {
            return quantity(text, toks, s, n.value(), start, after, next, "money", approximate);
        }
        int[] counted = countedNoun(toks, after);
        if (counted == null) {
            return null;
        }
        return quantity(text, toks, s, n.value(), start, counted[1], Tok.lower(toks.get(counted[1])), "count",
                approximate);
    }

    private static Quantity quantity(String text, List<CoreLabel> toks, int s, double value, int from, int to,
                                     String what, String kind, boolean approximate) {
        int begin = toks.get(from).beginPosition();
        int end = toks.get(to).endPosition();
        return new Quantity(value, Tok.span(text, toks, from, to).replaceAll("\\s+", " "), what, kind, approximate,
                Tok.sentence(text, toks), begin, end);
    }

    /** Years, hyphenated compounds and numbers inside names. */
    private static boolean isExcluded(List<CoreLabel> toks, NumberPhrase n) {
        if (n.to() + 1 < toks.size() && Tok.tag(toks.get(n.to() + 1)).equals("HYPH")) {
            return true;
        }
        if (n.from() > 0) {
            CoreLabel prev = toks.get(n.from() - 1);
            if (Tok.tag(prev).equals("HYPH") || Tok.lower(prev).equals("no.") || Tok.lower(prev).equals("number")) {
                return true;
            }
            if (Tok.tag(prev).startsWith("NNP") && n.from() - 1 > 0) {
                return true; // "Apollo 11", "Flight 17": part of a name
            }
        }
        return false;
    }

    private static boolean isBareYear(List<CoreLabel> toks, NumberPhrase n) {
        if (n.from() != n.to()) {
            return false;
        }
        String w = Tok.word(toks.get(n.from()));
        if (!w.matches("\\d{4}")) {
            return false;
        }
        int y = Integer.parseInt(w);
        return y >= 1800 && y <= 2100;
    }

    /**
     * The counted noun after a number, as {start, head} token indexes: skips adjectives, participles, proper
     * adjectives and a partitive "of the" / "of X's"; the head is the last noun of the first noun run.
     */
    private static int[] countedNoun(List<CoreLabel> toks, int i) {
        int k = i;
        int limit = Math.min(toks.size(), i + WHAT_WINDOW);
        if (k < limit && Tok.lower(toks.get(k)).equals("of")) {
            int[] partitive = ofNoun(toks, k);
            return partitive;
        }
        while (k < limit) {
            CoreLabel t = toks.get(k);
            String p = Tok.tag(t);
            if ((Tok.isCommonNoun(t) || (p.equals("NNPS") && Tok.ner(t).equals("O")))
                    && k + 2 < limit && Tok.tag(toks.get(k + 1)).equals("HYPH")) {
                k += 2; // "law-abiding", "five-star": a compound modifier, not the counted noun
                continue;
            }
            if (Tok.isCommonNoun(t) || (p.equals("NNPS") && Tok.ner(t).equals("O"))) {
                if (SKIP_NER.contains(Tok.ner(t)) && !Entity.TYPES.contains(Tok.ner(t))) {
                    return null;
                }
                int head = k;
                int next = nextNoun(toks, head);
                while (next > 0) {
                    head = next;
                    next = nextNoun(toks, head);
                }
                if (head + 2 < limit + 2 && head + 1 < toks.size() && Tok.isPossessive(toks.get(head + 1))) {
                    int[] owned = countedNoun(toks, head + 2); // "the island's fishermen"
                    if (owned != null) {
                        return new int[] {i, owned[1]};
                    }
                }
                return new int[] {i, head};
            }
            boolean modifier = p.startsWith("JJ") || p.equals("VBN") || p.equals("HYPH") || p.equals("RBR")
                    || (p.startsWith("NNP") && !Tok.ner(t).equals("PERSON"))
                    || p.equals("VBG") && k + 1 < limit && Tok.isNoun(toks.get(k + 1));
            if (!modifier) {
                return null;
            }
            k++;
        }
        return null;
    }

    /**
     * The common noun continuing a noun run after {@code head}, across proper nouns and hyphens in between
     * ("four plain-clothes NYPD officers"), or -1.
     */
    private static int nextNoun(List<CoreLabel> toks, int head) {
        for (int k = head + 1; k < toks.size() && k <= head + 3; k++) {
            CoreLabel t = toks.get(k);
            if (Tok.isCommonNoun(t)) {
                return PERCENT_WORDS.contains(Tok.lower(t)) || SKIP_NER.contains(Tok.ner(t))
                        && !Entity.TYPES.contains(Tok.ner(t)) ? -1 : k;
            }
            String p = Tok.tag(t);
            if (!(p.equals("HYPH") || (p.startsWith("NNP") && !Tok.ner(t).equals("PERSON")))) {
                return -1;
            }
        }
        return -1;
    }

    /** After "of": an optional determiner or possessor ("the", "Dagestan's"), modifiers, then a noun. */
    private static int[] ofNoun(List<CoreLabel> toks, int of) {
        if (of >= toks.size() || !Tok.lower(toks.get(of)).equals("of")) {
            return null;
        }
        int k = of + 1;
        int limit = Math.min(toks.size(), k + WHAT_WINDOW);
        if (k < limit && (Tok.tag(toks.get(k)).equals("DT") || Tok.tag(toks.get(k)).equals("PRP$"))) {
            k++;
        }
        int p = k;
        while (p < limit && Tok.tag(toks.get(p)).startsWith("NNP")) {
            p++;
        }
        if (p > k && p < limit && Tok.isPossessive(toks.get(p))) {
            k = p + 1;
        }
        int[] noun = countedNoun(toks, k);
        return noun == null ? null : new int[] {of, noun[1]};
    }

    private static boolean hedged(List<CoreLabel> toks, int from) {
        return hedgeLength(toks, from) > 0;
    }

    /** The number of tokens of the hedge ending right before {@code from}, or 0. */
    private static int hedgeLength(List<CoreLabel> toks, int from) {
        int best = 0;
        for (String[] h : HEDGES) {
            int start = from - h.length;
            if (start < 0 || h.length <= best) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < h.length && match; k++) {
                match = Tok.lower(toks.get(start + k)).equals(h[k]);
            }
            if (match) {
                best = h.length;
            }
        }
        return best;
    }

    private static boolean hedgedByCoreNlp(CoreLabel t) {
        String norm = Tok.normalized(t);
        return norm != null && (norm.startsWith("~") || norm.startsWith(">") || norm.startsWith("<"));
    }
}
