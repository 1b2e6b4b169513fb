package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reduces the many ways articles name a source to one key, so that "the news agency dpa", "dpa" and "(dil/dpa)", or
 * "Interfax news agency" and "the Russian agency interfax", count as one source. The rules are about the words
 * around a name, never about particular names:
 * <ul>
 * <li>case, accents, punctuation, a leading "the", a final possessive "'s" and parenthesised credits go; a handle
 * loses its "@" and its kind-of-account parts ("@nexta_tv" is "nexta");</li>
 * <li>lower-case kind-of-source words ("news agency", "newspaper", "channel", "broadcaster") go, and so do
 * nationality words ("British", "Russian"), but only when a name remains: a capitalised word, or the words after
 * the descriptors ("the news agency dpa"). "the Russian government" and "the fire service" keep their words, since
 * "government" alone would merge it with every other government.</li>
 * </ul>
 */
final class SourceNames {
    /** Words saying what kind of source a name is. */
    private static final Set<String> KINDS = Set.of("news", "agency", "agencies", "newspaper", "paper", "daily",
            "weekly", "tabloid", "magazine", "channel", "telegram", "broadcaster", "network", "outlet", "media",
            "website", "site", "portal", "service", "wire", "station", "tv", "television", "radio", "state", "public",
            "independent", "online", "publication");
    /** Nationality and region adjectives that often precede an outlet's name. */
    private static final Set<String> ORIGINS = Set.of("british", "russian", "german", "american", "us", "u.s",
            "french", "ukrainian", "chinese", "italian", "spanish", "polish", "belarusian", "european", "eastern",
            "western", "international", "local", "foreign", "english", "uk", "swiss", "austrian", "dutch", "japanese",
            "turkish", "israeli", "indian", "canadian", "australian", "irish", "scottish", "kremlin-controlled",
            "pro-kremlin", "state-run", "state-owned", "exiled", "opposition");
    private static final Set<String> LEADING = Set.of("the", "a", "an");

    private SourceNames() {
    }

    /** The merge key of a source name; empty when nothing is left. */
    static String key(String source) {
        List<String> kept = nameWords(source);
        List<String> out = new ArrayList<>();
        for (String w : kept) {
            out.add(fold(w));
        }
        return String.join(" ", out);
    }

    /** The words of the source's name as written (case kept), without the words {@link #key} drops. */
    static String display(String source) {
        return String.join(" ", nameWords(source));
    }

    private static List<String> nameWords(String source) {
        String s = source == null ? "" : source.replaceAll("\\(([^()]*)\\)", " $1 ");
        // a credit like "dil/dpa" names the author's initials before the slash and the agency after it
        int slash = s.lastIndexOf('/');
        if (slash >= 0 && !s.contains("://")) {
            s = s.substring(slash + 1);
        }
        List<String> words = new ArrayList<>();
        for (String w : s.trim().split("[\\s\u00a0]+")) {
            w = handle(w);
            String t = w.replaceAll("^[\\p{Punct}“”‘’«»]+|[\\p{Punct}“”‘’«»]+$", "");
            if (!t.isEmpty()) {
                words.add(t);
            }
        }
        if (!words.isEmpty()) {
            // a possessive ends the name ("the Guardian's"); inside a name it is part of it ("St Aldric's Hospital")
            words.set(words.size() - 1, words.get(words.size() - 1).replaceAll("(?i)['’]s$", ""));
        }
        while (!words.isEmpty() && LEADING.contains(lower(words.get(0)))) {
            words.remove(0);
        }
        List<String> name = new ArrayList<>();
        int lastKind = -1;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (descriptor(w)) {
                lastKind = KINDS.contains(lower(w)) ? k : lastKind;
            } else if (!LEADING.contains(lower(w))) {
                name.add(w);
            }
        }
        if (lastKind >= 0 && lastKind < words.size() - 1) {
            // words after a kind word are the name ("the Russian agency interfax", "the news agency dpa")
            List<String> after = new ArrayList<>();
            for (String w : words.subList(lastKind + 1, words.size())) {
                if (!descriptor(w) && !LEADING.contains(lower(w))) {
                    after.add(w);
                }
            }
            if (!after.isEmpty()) {
                return after;
            }
        }
        boolean nameLeft = name.stream().anyMatch(w -> Character.isUpperCase(w.codePointAt(0)));
        return nameLeft ? name : words;
    }

    /**
     * A social-media handle as the name it stands for: "@nexta_tv" is NEXTA's channel, so the "@" and the parts that
     * only say what kind of account it is ("tv", "news") go. Any other word is returned as it is.
     */
    private static String handle(String w) {
        if (!w.startsWith("@") || w.length() < 2) {
            return w;
        }
        List<String> parts = new ArrayList<>();
        for (String part : w.substring(1).split("_")) {
            if (!part.isEmpty() && !KINDS.contains(lower(part))) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? w.substring(1) : String.join(" ", parts);
    }

    /**
     * A word saying what kind of source or where it is from: a lower-case kind word ("agency", "channel": a
     * capitalised one is part of a name, "Calvenian Press Agency") or a nationality ("British").
     */
    private static boolean descriptor(String w) {
        String l = lower(w);
        return ORIGINS.contains(l) || KINDS.contains(l) && !Character.isUpperCase(w.codePointAt(0));
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    private static String fold(String w) {
        return PeopleMerger.fold(w);
    }
}
