package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a count is about, read from the words around it: the kind of happening it counts (killed, injured, missing,
 * arrested, present, ...) and the other words near it. "3 killed" and "12 injured" are different slots because of
 * these words; "17 women traveled" and "18 women took part" are one slot (women present).
 */
public final class SlotContext {
    /** Words that name what happened to the counted, by the label of their class. */
    private static final Map<String, String> CLASS_WORDS = Map.ofEntries(
            Map.entry("killed", "killed"), Map.entry("kill", "killed"), Map.entry("killing", "killed"),
            Map.entry("dead", "killed"), Map.entry("died", "killed"), Map.entry("die", "killed"),
            Map.entry("dying", "killed"), Map.entry("death", "killed"), Map.entry("deaths", "killed"),
            Map.entry("fatalities", "killed"), Map.entry("perished", "killed"),
            Map.entry("lives", "killed"), Map.entry("bodies", "killed"),
            Map.entry("injured", "injured"), Map.entry("injuring", "injured"), Map.entry("injuries", "injured"),
            Map.entry("hurt", "injured"), Map.entry("wounded", "injured"), Map.entry("wounding", "injured"),
            Map.entry("hospitalised", "injured"), Map.entry("hospitalized", "injured"), Map.entry("treated", "injured"),
            Map.entry("missing", "missing"), Map.entry("unaccounted", "missing"),
            Map.entry("arrested", "arrested"), Map.entry("detained", "arrested"), Map.entry("arrests", "arrested"),
            Map.entry("detentions", "arrested"), Map.entry("custody", "arrested"),
            Map.entry("evacuated", "evacuated"), Map.entry("displaced", "evacuated"), Map.entry("fled", "evacuated"),
            Map.entry("rescued", "rescued"), Map.entry("drafted", "mobilized"), Map.entry("mobilized", "mobilized"),
            Map.entry("mobilised", "mobilized"), Map.entry("conscripted", "mobilized"),
            Map.entry("attended", "present"), Map.entry("attending", "present"), Map.entry("present", "present"),
            Map.entry("participated", "present"), Map.entry("traveled", "present"), Map.entry("travelled", "present"),
            Map.entry("gathered", "present"), Map.entry("joined", "present"), Map.entry("met", "present"),
            Map.entry("meeting", "present"), Map.entry("receiving", "present"), Map.entry("received", "present"),
            Map.entry("attendees", "present"), Map.entry("participants", "present"), Map.entry("turnout", "present"),
            Map.entry("protested", "present"), Map.entry("marched", "present"));
    /** Verbs that make a following "part" mean taking part. */
    private static final Set<String> TAKE = Set.of("took", "take", "taking", "takes");
    /** Verbs that make a following "up" mean a call-up to the army. */
    private static final Set<String> CALL = Set.of("called", "call", "calling", "calls");
    /** Words that split the injured into the seriously injured, a slot of its own. */
    private static final Set<String> SEVERE = Set.of("seriously", "critically", "severely", "gravely", "badly",
            "serious", "critical");
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "in", "on", "at", "to",
            "for", "from", "by", "with", "was", "were", "is", "are", "be", "been", "had", "has", "have", "that",
            "this", "their", "his", "her", "its", "it", "they", "he", "she", "we", "said", "says", "say", "according",
            "as", "than", "more", "about", "around", "some", "who", "which", "also", "after", "before", "into",
            "total", "still", "there", "all", "not", "no", "but", "when", "while", "them", "those", "these", "one",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "other", "least",
            "over", "up", "out", "since", "then", "now", "would", "will", "could", "can", "may", "per", "cent");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\d[\\d,.]*");
    /** How far from the number a class word may stand, in words. */
    private static final int REACH = 6;
    /** How far from the number its topic words are taken, in words. */
    private static final int TOPIC_REACH = 5;

    /**
     * The context of a count.
     *
     * @param label  the class of happening ("killed", "injured seriously", "present"), or "" when none is near
     * @param cues   the words of the sentence that gave the class ("took part", "traveled")
     * @param topic  singular content words near the number, for counts with no class
     */
    public record Context(String label, List<String> cues, Set<String> topic) {
    }

    private SlotContext() {
    }

    /**
     * Whether the number spanning {@code [from, to)} counts a part of a group rather than a total: "the other two",
     * "four of them", "two of whom".
     */
    public static boolean partial(String sentence, int from, int to) {
        String before = sentence.substring(0, from).toLowerCase(Locale.ROOT).stripTrailing();
        String after = sentence.substring(to).toLowerCase(Locale.ROOT).stripLeading();
        return before.endsWith(" other") || before.equals("other") || before.endsWith(" another")
                || after.startsWith("of them") || after.startsWith("of those")
                || after.startsWith("of whom");
    }

    /** The class label of one word ("dead" -> "killed"), or null. */
    public static String classOf(String word) {
        return CLASS_WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The context of the number spanning {@code [from, to)} in {@code sentence}, with {@code noun} its counted noun.
     */
    public static Context of(String sentence, int from, int to, String noun) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (m.end() <= from) {
                before.add(0, w); // nearest first
            } else if (m.start() >= to) {
                after.add(w);
            }
        }
        String label = "";
        boolean severe = false;
        List<String> cues = new ArrayList<>();
        String ownClass = classOf(noun);
        if (ownClass != null) { // "12 injured", "3 dead": the counted word is the class
            label = ownClass;
            cues.add(noun.toLowerCase(Locale.ROOT));
        } else {
            // a verb right before the number governs it ("killing three people, injuring twelve"); further away,
            // the participle after it comes first ("12 people were injured")
            label = classAt(before, 0, cues);
            severe = !label.isEmpty() && (anyIn(before, 1, 2) || anyIn(after, 0, 3));
            for (int d = 0; d < REACH && label.isEmpty(); d++) {
                label = classAt(after, d, cues);
                if (!label.isEmpty()) {
                    severe = anyIn(after, 0, d);
                } else if (d > 0) {
                    label = classAt(before, d, cues);
                    severe = !label.isEmpty() && (anyIn(before, d + 1, d + 2) || anyIn(after, 0, 3));
                }
            }
        }
        if (label.equals("injured") && severe) {
            label = "injured seriously";
        }
        Set<String> topic = new java.util.TreeSet<>();
        addTopic(before, topic, noun);
        addTopic(after, topic, noun);
        return new Context(label, cues, topic);
    }

    private static String classAt(List<String> words, int i, List<String> cues) {
        if (i >= words.size()) {
            return "";
        }
        String w = words.get(i);
        if (w.equals("part") && (i > 0 && TAKE.contains(words.get(i - 1))
                || i + 1 < words.size() && TAKE.contains(words.get(i + 1)))) {
            cues.add("took part");
            return "present";
        }
        if (w.equals("up") && (i > 0 && CALL.contains(words.get(i - 1))
                || i + 1 < words.size() && CALL.contains(words.get(i + 1)))) {
            cues.add("called up");
            return "mobilized";
        }
        String c = classOf(w);
        if (c != null) {
            cues.add(w);
            return c;
        }
        return "";
    }

    /** Whether a word of severity stands in {@code words[from, to)}. */
    private static boolean anyIn(List<String> words, int from, int to) {
        for (int i = from; i < Math.min(to, words.size()); i++) {
            if (SEVERE.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static void addTopic(List<String> words, Set<String> topic, String noun) {
        String nounLemma = Lemmas.singular(noun);
        for (int i = 0; i < Math.min(TOPIC_REACH, words.size()); i++) {
            String w = words.get(i);
            if (w.length() > 2 && !STOP.contains(w) && Character.isLetter(w.charAt(0))) {
                String lemma = Lemmas.singular(w);
                if (!lemma.equals(nounLemma)) {
                    topic.add(lemma);
                }
            }
        }
    }
}
