package org.parallax.annotate;

import org.parallax.model.Attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists every source an article credits: subjects of speech cues ("Reuters reported", "a statement from the
 * ministry said"), "according to X", the medium of "told the Guardian", "citing (a report from) X", "quoted by X",
 * and agency slugs at a paragraph's end ("(dil/dpa)"). Unresolved pronouns are not sources.
 */
final class AttributionFinder {
    /** An agency slug: short lower-case author initials and agency codes in parentheses, slash-separated. */
    private static final Pattern SLUG = Pattern.compile("\\(((?:[a-z]{2,4}/)*[a-zA-Z]{2,8}(?:/[a-z]{2,4})*)\\)\\s*$",
            Pattern.MULTILINE);
    private static final Set<String> AGENCIES = Set.of("dpa", "afp", "ap", "rtr", "reuters", "kna", "epd", "sid",
            "dts", "apa", "sda", "ats", "ansa", "efe", "upi", "tass", "ria");

    private final TokenView t;
    private final List<Cue> cues;
    private final Speakers speakers;

    AttributionFinder(TokenView t, List<Cue> cues, Speakers speakers) {
        this.t = t;
        this.cues = cues;
        this.speakers = speakers;
    }

    List<Attribution> find() {
        Set<Attribution> found = new LinkedHashSet<>();
        for (Cue c : cues) {
            String sentence = t.sentenceText(t.sentence[c.from()]);
            String cue = t.span(c.from(), c.to());
            String source = credited(c.subjFrom(), c.subjTo());
            if (source != null) {
                found.add(new Attribution(source, cue, sentence));
            }
            if (c.audFrom() >= 0 && speakers.isMedia(c.audFrom(), c.audTo())) {
                String medium = speakers.source(c.audFrom(), c.audTo());
                if (medium != null) {
                    found.add(new Attribution(medium, cue, sentence));
                }
            }
        }
        Phrases np = new Phrases(t);
        for (int i = 0; i + 1 < t.size; i++) {
            if (t.quote[i] >= 0) {
                continue;
            }
            String w = t.lower[i];
            String n = t.lower[i + 1];
            int from = -1;
            String cue = null;
            if (t.lemma[i].equals("cite") && t.tag[i].startsWith("VB") && !n.equals("by")) {
                from = i + 1;
                cue = t.word[i];
            } else if (n.equals("by") && (w.equals("quoted") || w.equals("cited") || w.equals("reported")
                    || w.equals("published") || w.equals("broadcast"))) {
                from = i + 2;
                cue = t.span(i, i + 2);
            } else if ((w.equals("interview") && n.equals("with")) || (w.equals("speaking") && n.equals("to"))) {
                from = i + 2;
                cue = t.span(i, i + 2);
            }
            if (from < 0 || from >= t.size) {
                continue;
            }
            int end = np.npStartingAt(from, t.last(t.sentence[i]));
            if (end > 0) {
                String source = credited(from, end);
                if (source != null) {
                    found.add(new Attribution(source, cue, t.sentenceText(t.sentence[i])));
                }
            }
        }
        slugs(found);
        return new ArrayList<>(found);
    }

    /** The source a phrase names, or null for an unresolved pronoun. */
    private String credited(int from, int to) {
        if (from < 0) {
            return null;
        }
        String s = speakers.source(from, to);
        if (s == null || SpeechLexicon.PRONOUNS.contains(s.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return s;
    }

    private void slugs(Set<Attribution> found) {
        Matcher m = SLUG.matcher(t.text);
        while (m.find()) {
            for (String part : m.group(1).split("/")) {
                if (AGENCIES.contains(part.toLowerCase(Locale.ROOT))) {
                    int s = t.size == 0 ? -1 : t.sentence[Math.min(t.size - 1, t.tokenAtOrAfter(m.start()))];
                    String sentence = s < 0 ? m.group() : t.sentenceText(s);
                    found.add(new Attribution(part, m.group(), sentence));
                }
            }
        }
    }
}
