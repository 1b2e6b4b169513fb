package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Quantity;

/**
 * Counts written without a noun, where the verb says what is counted: "twelve were injured", "12 injured",
 * "more than a dozen hurt", "two are still missing", "killing three, injuring twelve". The annotator reads a count only before a noun; toll sentences
 * ("Three people died and twelve were injured") state their second number this way.
 */
final class BareCounts {
    private static final Map<String, Long> NUMBERS = Map.ofEntries(Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
            Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("dozen", 12L));
    private static final Pattern BARE = Pattern.compile("(?i)\\b((?:more than|at least|about|around|nearly|over|some)\\s+)?"
            + "(a dozen|\\d{1,6}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen|twenty)"
            + "(\\s+(?:were|was|are|is|have been|had been|remain|remained|are still|were still))?"
            + "\\s+(injured|hurt|wounded|killed|dead|missing|arrested|detained)\\b");

    /** The verb first: "killing three people, injuring twelve", "injured more than a dozen". */
    private static final Pattern VERB_FIRST = Pattern.compile("(?i)\\b(killing|injuring|wounding|injured|wounded)\\s+"
            + "((?:more than|at least|about|around|nearly|over|some)\\s+)?"
            + "(a dozen|\\d{1,6}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen|twenty)\\b(?![\\d,.]*\\d)");

    private BareCounts() {
    }

    /** The bare counts of one sentence starting at {@code sentenceStart} in its article's text. */
    static List<Quantity> find(String sentence, int sentenceStart) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = BARE.matcher(sentence);
        while (m.find()) {
            String number = m.group(2).toLowerCase(Locale.ROOT);
            Long value = number.equals("a dozen") ? Long.valueOf(12) : NUMBERS.get(number);
            if (value == null) {
                value = Long.parseLong(number);
            }
            if (m.group(3) == null && !m.group(4).equalsIgnoreCase("dead") && precededByNoun(sentence, m.start())) {
                continue; // "the 12 injured" is fine, but "in 2029 injured" is not a count
            }
            boolean approximate = m.group(1) != null || number.equals("a dozen");
            String text = sentence.substring(m.start(), m.end());
            out.add(new Quantity(value, text, m.group(4).toLowerCase(Locale.ROOT), "count", approximate, sentence,
                    sentenceStart + m.start(), sentenceStart + m.end()));
        }
        Matcher v = VERB_FIRST.matcher(sentence);
        while (v.find()) {
            String number = v.group(3).toLowerCase(Locale.ROOT);
            Long value = number.equals("a dozen") ? Long.valueOf(12) : NUMBERS.get(number);
            if (value == null) {
                value = Long.parseLong(number);
            }
            boolean approximate = v.group(2) != null || number.equals("a dozen");
            int start = v.start(2) >= 0 ? v.start(2) : v.start(3);
            out.add(new Quantity(value, sentence.substring(start, v.end()), v.group(1).toLowerCase(Locale.ROOT),
                    "count", approximate, sentence, sentenceStart + start, sentenceStart + v.end()));
        }
        return out;
    }

    /** Whether a capitalised word (a name, "March") stands just before: the number is then likely a date or part of a name. */
    private static boolean precededByNoun(String s, int at) {
        int i = at - 1;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(s.charAt(i))) {
            i--;
        }
        return end > i + 1 && Character.isUpperCase(s.charAt(i + 1)) && i + 1 > 0;
    }
}
