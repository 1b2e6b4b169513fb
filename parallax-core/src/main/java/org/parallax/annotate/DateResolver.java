package org.parallax.annotate;

import org.parallax.model.DateMention;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * Reads the dates an article mentions from SUTime's DATE and TIME tags and resolves them against the article's
 * published date. Pure token rules over an annotated {@link CoreDocument}; thread-safe.
 *
 * <p>Rules:
 * <ul>
 *   <li>A mention is a run of DATE/TIME tokens with one normalised value, split at commas that do not introduce a
 *       year ("Friday morning, last Friday" is two mentions, "November 22, 2014" one), trimmed of edge
 *       prepositions and punctuation. SUTime's vague references ("now", "previously") are dropped, and so are
 *       phrases with nothing that anchors a date ("the day").</li>
 *   <li>A bare weekday ("Friday", "last Friday", "on Friday morning") is resolved here, not by SUTime, because
 *       SUTime picks a day of the document's week: news reports events that have happened, so it is the most
 *       recent such day on or before the publication date; "last"/"past" mean strictly before it; "next"/
 *       "coming", or a future modal ("will", "shall") as the nearest verb, mean the first such day on or after
 *       it (strictly after for "next").</li>
 *   <li>A phrase that states its year ("in 2014", "November 22, 2014") keeps SUTime's value even without a
 *       published date. Any other phrase is relative to the publication date: without one its value is null;
 *       with one it takes SUTime's value (resolved against the document date the pipeline was given); a month
 *       and day without a year that SUTime puts after the publication date moves back a year when the nearest
 *       verb is in the past tense ("on December 20, the council voted", published in January).</li>
 *   <li>Values are ISO-8601: a day, month, year or week; an interval "start/end" for SUTime ranges; SUTime's
 *       time-of-day suffix is cut to the day ("2022-11-25TMO" becomes "2022-11-25"). Anything else (seasons,
 *       decades, unresolved "XXXX" forms, holidays named without a date) gives null.</li>
 * </ul>
 */
public final class DateResolver {
    private static final Set<String> VAGUE = Set.of("PAST_REF", "PRESENT_REF", "FUTURE_REF");
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?|\\d{4}-W\\d{2}");
    private static final Pattern RANGE = Pattern.compile("\\(([^,]+),([^,]+),[^)]*\\)");
    private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d{2}s?");
    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");

    /** How a bare weekday is placed relative to the publication date. */
    private enum Direction { ON_OR_BEFORE, BEFORE, ON_OR_AFTER, AFTER }

    /** The date mentions of the article, in text order. {@code published} may be null. */
    public List<DateMention> resolve(String text, CoreDocument doc, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<CoreLabel> toks = doc.sentences().get(s).tokens();
            int i = 0;
            while (i < toks.size()) {
                if (!isTemporal(toks.get(i))) {
                    i++;
                    continue;
                }
                int j = i;
                String norm = String.valueOf(Tok.normalized(toks.get(i)));
                while (j + 1 < toks.size() && isTemporal(toks.get(j + 1))
                        && norm.equals(String.valueOf(Tok.normalized(toks.get(j + 1))))) {
                    j++;
                }
                int partStart = i;
                for (int k = i; k <= j + 1; k++) {
                    if (k == j + 1 || splitsAt(toks, k)) {
                        DateMention m = mention(text, toks, s, partStart, k - 1, published);
                        if (m != null) {
                            out.add(m);
                        }
                        partStart = k + 1;
                    }
                }
                i = j + 1;
            }
        }
        return out;
    }

    private static boolean isTemporal(CoreLabel t) {
        String ner = Tok.ner(t);
        return ner.equals("DATE") || ner.equals("TIME");
    }

    private static boolean splitsAt(List<CoreLabel> toks, int k) {
        if (!Tok.word(toks.get(k)).equals(",")) {
            return false;
        }
        return !(k + 1 < toks.size() && YEAR.matcher(Tok.word(toks.get(k + 1))).matches());
    }

    private static DateMention mention(String text, List<CoreLabel> toks, int s, int from, int to,
                                       LocalDate published) {
        while (from <= to && isEdge(toks.get(from))) {
            from++;
        }
        while (to >= from && isEdge(toks.get(to))) {
            to--;
        }
        if (from > to) {
            return null;
        }
        if (Tok.word(toks.get(from)).startsWith("<") || Tok.word(toks.get(to)).endsWith(">")) {
            return null; // markup left in the text (an XML tag with a datetime attribute)
        }
        String sutime = Tok.normalized(toks.get(from));
        if (sutime != null && VAGUE.contains(sutime.trim())) {
            return null;
        }
        int weekday = -1;
        boolean month = false;
        boolean digit = false;
        boolean year = false;
        boolean dateWord = false;
        boolean capital = false;
        Direction direction = null;
        for (int k = from; k <= to; k++) {
            String w = Tok.lower(toks.get(k));
            weekday = Math.max(weekday, Lexicon.weekday(w));
            String raw = Tok.word(toks.get(k));
            month |= Lexicon.MONTHS.contains(w) && !((w.equals("march") || w.equals("may"))
                    && Character.isLowerCase(raw.charAt(0))); // "a protest march", "may": not months
            digit |= w.chars().anyMatch(Character::isDigit);
            year |= YEAR.matcher(w).matches() || w.matches("'\\d{2}");
            dateWord |= Lexicon.DATE_WORDS.contains(w);
            capital |= !raw.isEmpty() && Character.isUpperCase(raw.charAt(0)) && Tok.tag(toks.get(k)).startsWith("NNP")
                    && !w.equals("day")
                    && !Lexicon.PARTS_OF_DAY.contains(w);
            if (w.equals("last") || w.equals("past") || w.equals("previous")) {
                direction = Direction.BEFORE;
            } else if (w.equals("next") || w.equals("coming")) {
                direction = Direction.AFTER;
            }
        }
        if (weekday < 0 && !month && !digit && !dateWord && !capital) {
            return null; // "the day", "march": anaphoric or not a date
        }
        boolean clock = Tok.ner(toks.get(from)).equals("TIME") && weekday < 0 && !month && !year && !dateWord;
        if (clock) {
            return null; // "at 5 p.m.": a time of an unnamed day
        }
        String value;
        if (weekday >= 0 && !month && !digit) {
            if (direction == null) {
                direction = isFuture(toks, from, to) ? Direction.ON_OR_AFTER : Direction.ON_OR_BEFORE;
            }
            value = published == null ? null : weekdayDate(published, weekday, direction).toString();
        } else if (year) {
            value = iso(sutime);
        } else if (published != null) {
            value = iso(sutime);
            if (month && value != null && value.length() >= 7 && !value.contains("/")
                    && value.compareTo(published.toString().substring(0, value.length())) > 0
                    && nearestVerbTag(toks, from, to).equals("VBD")) {
                value = previousYear(value); // "on December 20, the council voted", published in January
            }
        } else {
            value = null;
        }
        if (weekday < 0 && !month && !digit && !dateWord) {
            value = null; // a named day such as a holiday: its date depends on the country
        }
        return new DateMention(Tok.span(text, toks, from, to).replaceAll("\\s+", " "), value, Tok.sentence(text, toks),
                toks.get(from).beginPosition(), toks.get(to).endPosition());
    }

    private static boolean isEdge(CoreLabel t) {
        String p = Tok.tag(t);
        String w = Tok.lower(t);
        return p.equals("IN") || p.equals("CC") || p.equals(",") || p.equals(".") || p.equals(":")
                || p.equals("HYPH") || p.equals("``") || p.equals("''") || p.equals("POS") || w.equals("on");
    }

    /** Whether the verb nearest to the mention is a future modal ("will meet them on Friday"). */
    private static boolean isFuture(List<CoreLabel> toks, int from, int to) {
        CoreLabel verb = nearestVerb(toks, from, to);
        return verb != null && Tok.tag(verb).equals("MD") && FUTURE_MODALS.contains(Tok.lower(verb));
    }

    private static String nearestVerbTag(List<CoreLabel> toks, int from, int to) {
        CoreLabel verb = nearestVerb(toks, from, to);
        return verb == null ? "" : Tok.tag(verb);
    }

    /** The finite verb or modal closest to the mention in its sentence, or null. */
    private static CoreLabel nearestVerb(List<CoreLabel> toks, int from, int to) {
        int best = Integer.MAX_VALUE;
        CoreLabel verb = null;
        for (int k = 0; k < toks.size(); k++) {
            if (k >= from && k <= to || !Tok.isFiniteVerb(toks.get(k))) {
                continue;
            }
            int distance = k < from ? from - k : k - to;
            if (distance < best) {
                best = distance;
                verb = toks.get(k);
            }
        }
        return verb;
    }

    /** The same month (and day) one year earlier: "2032-12-20" -> "2031-12-20". */
    private static String previousYear(String value) {
        int y = Integer.parseInt(value.substring(0, 4)) - 1;
        String shifted = String.format("%04d", y) + value.substring(4);
        return shifted.endsWith("-02-29") ? shifted.substring(0, 8) + "28" : shifted;
    }

    /** The date of weekday {@code weekday} (0 = Monday) placed relative to {@code published}. */
    static LocalDate weekdayDate(LocalDate published, int weekday, Direction direction) {
        int today = published.getDayOfWeek().getValue() - 1;
        int back = Math.floorMod(today - weekday, 7);
        int ahead = Math.floorMod(weekday - today, 7);
        return switch (direction) {
            case ON_OR_BEFORE -> published.minus(back, ChronoUnit.DAYS);
            case BEFORE -> published.minus(back == 0 ? 7 : back, ChronoUnit.DAYS);
            case ON_OR_AFTER -> published.plus(ahead, ChronoUnit.DAYS);
            case AFTER -> published.plus(ahead == 0 ? 7 : ahead, ChronoUnit.DAYS);
        };
    }

    /** SUTime's normalised value as ISO-8601, or null when it is not a plain date, week or interval. */
    static String iso(String sutime) {
        if (sutime == null) {
            return null;
        }
        String v = sutime.trim();
        Matcher range = RANGE.matcher(v);
        if (range.matches()) {
            String a = iso(range.group(1));
            String b = iso(range.group(2));
            return a != null && b != null ? a + "/" + b : null;
        }
        int space = v.indexOf(' ');
        if (space > 0) {
            v = v.substring(0, space);
        }
        int t = v.indexOf('T');
        if (t > 0) {
            v = v.substring(0, t);
        }
        if (v.matches("\\d{4}-W\\d{2}-WE")) {
            v = v.substring(0, v.length() - 3); // a weekend: its week
        }
        return ISO.matcher(v).matches() ? v : null;
    }
}
