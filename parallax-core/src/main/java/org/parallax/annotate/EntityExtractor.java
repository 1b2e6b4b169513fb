package org.parallax.annotate;

import org.parallax.model.Entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * Turns CoreNLP's named-entity tags into the distinct entities of one article, with canonical names and the
 * descriptions the article gives them. Pure token rules over an annotated {@link CoreDocument}; thread-safe.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li><b>Mentions</b> are maximal runs of tokens with the same PERSON, ORGANIZATION, LOCATION or MISC tag.
 *       Span repairs: a trailing possessive ("Putin's") and edge punctuation are cut off; a PERSON span loses
 *       leading courtesy and office titles ("Mr.", "President"), which then count as a pre-modifier; a
 *       non-person span ending in the full name of a person named elsewhere in the article is cut to that name
 *       ("Secretary of State Ada Brook" tagged as one organisation); a lower-case kind-of-thing noun inside a span
 *       ("Telegram channel X") ends up in front of the name.</li>
 *   <li><b>Canonical names</b> (PERSON): full names (two words or more) with the same surname and a compatible
 *       first name (equal, an initial of it, or one letter apart: "Wladimir"/"Vladimir") are one person. A
 *       one-word PERSON mention equal to the surname of a full name joins it (the nearest full name before it,
 *       else the nearest after); failing that, it joins the only full name with that first name. Other types: an
 *       all-capitals word joins a multi-word name of the article whose initials it spells ("NATO"); names that
 *       differ only in case are one entity. The type of an entity is its most frequent tag.</li>
 *   <li><b>Descriptions</b>: the pre-modifier run of nouns and adjectives (with "and", "of", "'s") directly in
 *       front of the name, split at "and", kept when each part ends in a role noun ("Moscow official and
 *       United Russia deputy Olga Beltseva"); an appositive ", a|an|the|his ... ," right after the name whose head
 *       noun is a role (for people) and which contains no finite verb; a relative clause ", who ..." after a
 *       person.</li>
 *   <li><b>Retyping</b>: an entity whose description heads name a kind of organisation ("the Telegram channel X")
 *       becomes an ORGANIZATION; an organisation or MISC whose heads name a person's role ("X, a participant
 *       from ...") becomes a PERSON (places are never retyped: "NATO member Estonia").</li>
 * </ol>
 */
public final class EntityExtractor {
    private static final int MAX_PREMODIFIER = 14;
    private static final int MAX_APPOSITIVE = 20;
    private static final int MAX_RELATIVE = 25;
    private static final Set<String> CONNECTORS = Set.of("of", "for", "at", "from", "in", "with", "on", "to", "who",
            "that", "which", "whose", "since", "by");

    /** One named mention after span repair. */
    private record Mention(int sentence, int from, int to, String type, String surface, String[] words) {
        String key() {
            return normalize(surface);
        }
    }

    /** Everything collected for one entity while reading the article. */
    private static final class Builder {
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> descriptions = new LinkedHashSet<>();
        final Map<String, Integer> typeCounts = new LinkedHashMap<>();
        int personHeads;
        int orgHeads;
        String canonical;
    }

    /** The entities of the article, in order of their first mention. */
    public List<Entity> extract(String text, CoreDocument doc) {
        List<Mention> mentions = splitOffPeople(text, doc, mentions(text, doc));
        String[] canonical = canonicalNames(mentions);
        Map<String, Builder> byKey = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Builder b = byKey.computeIfAbsent(normalize(canonical[i]), k -> new Builder());
            b.canonical = b.canonical == null ? canonical[i] : b.canonical;
            b.mentions.add(m);
            b.typeCounts.merge(m.type(), 1, Integer::sum);
            describe(text, doc.sentences().get(m.sentence()).tokens(), m, b);
        }
        List<Entity> out = new ArrayList<>();
        for (Builder b : byKey.values()) {
            out.add(new Entity(longestSurface(b.mentions), type(b), b.canonical, b.mentions.size(),
                    List.copyOf(b.descriptions)));
        }
        return out;
    }

    // ---- mentions ---------------------------------------------------------------------------------------------

    private static List<Mention> mentions(String text, CoreDocument doc) {
        List<Mention> out = new ArrayList<>();
        List<CoreSentence> sentences = doc.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> toks = sentences.get(s).tokens();
            int i = 0;
            while (i < toks.size()) {
                String type = Tok.ner(toks.get(i));
                if (!Entity.TYPES.contains(type)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < toks.size() && Tok.ner(toks.get(j + 1)).equals(type)) {
                    j++;
                }
                Mention m = repaired(text, toks, s, i, j, type);
                if (m != null) {
                    out.add(m);
                    j = Math.max(j, m.to());
                }
                i = j + 1;
            }
        }
        return out;
    }

    /**
     * A non-person span that ends with the full name of a person named elsewhere in the article is that person
     * ("Secretary of State Ada Brook" tagged as one organisation): the name is cut out as a PERSON mention.
     */
    private static List<Mention> splitOffPeople(String text, CoreDocument doc, List<Mention> mentions) {
        Set<String> people = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type().equals("PERSON") && m.words().length >= 2) {
                people.add(m.key());
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention person = null;
            if (!m.type().equals("PERSON") && m.words().length >= 3) {
                List<CoreLabel> toks = doc.sentences().get(m.sentence()).tokens();
                for (int from = m.from() + 1; from < m.to() && person == null; from++) {
                    String suffix = Tok.span(text, toks, from, m.to()).replaceAll("\\s+", " ");
                    if (people.contains(normalize(suffix))) {
                        person = new Mention(m.sentence(), from, m.to(), "PERSON", suffix, suffix.split(" "));
                    }
                }
            }
            out.add(person == null ? m : person);
        }
        return out;
    }

    /** Fixes CoreNLP's usual span errors, or returns null when nothing name-like is left. */
    private static Mention repaired(String text, List<CoreLabel> toks, int s, int from, int to, String type) {
        while (to >= from && (Tok.isPossessive(toks.get(to)) || isEdgePunctuation(toks.get(to)))) {
            to--;
        }
        while (from <= to && isEdgePunctuation(toks.get(from))) {
            from++;
        }
        if (type.equals("PERSON")) {
            while (from < to && isTitle(Tok.lower(toks.get(from)))) {
                from++;
            }
            if (from <= to && isTitle(Tok.lower(toks.get(from)))) {
                return null;
            }
        }
        if (from > to) {
            return null;
        }
        if (!type.equals("PERSON")) {
            to = possessiveExtension(toks, to);
        }
        for (int k = to - 1; k > from; k--) {
            String w = Tok.lower(toks.get(k));
            if (isLowerCommonNoun(toks.get(k)) && (Lexicon.isOrgNoun(w) || Lexicon.isPersonRole(w))) {
                from = k + 1; // "Telegram channel Foo Bar": the kind of thing is a pre-modifier, not the name
                break;
            }
        }
        String surface = Tok.span(text, toks, from, to).replaceAll("\\s+", " ");
        if (surface.chars().noneMatch(Character::isLetter)
                || (type.equals("PERSON") && surface.chars().noneMatch(Character::isUpperCase))) {
            return null;
        }
        return new Mention(s, from, to, type, surface, surface.split(" "));
    }

    /**
     * Extends an organisation name that CoreNLP cut at a plural possessive ("Committee of Soldiers' Mothers of
     * Russia"): over the apostrophe, capitalised words and "of" + capitalised words.
     */
    private static int possessiveExtension(List<CoreLabel> toks, int to) {
        if (to + 2 >= toks.size() || !isAttachedApostrophe(toks, to + 1) || !isCapitalized(toks.get(to + 2))) {
            return to;
        }
        int k = to + 2;
        while (k + 1 < toks.size() && (isCapitalized(toks.get(k + 1))
                || (Tok.lower(toks.get(k + 1)).equals("of") && k + 2 < toks.size() && isCapitalized(toks.get(k + 2))))) {
            k++;
        }
        return k;
    }

    private static boolean isCapitalized(CoreLabel t) {
        String w = Tok.word(t);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Tok.isNoun(t);
    }

    private static boolean isLowerCommonNoun(CoreLabel t) {
        String w = Tok.word(t);
        return Tok.isCommonNoun(t) && !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }

    private static boolean isTitle(String w) {
        return Lexicon.HONORIFICS.contains(w) || Lexicon.TITLES.contains(w);
    }

    private static boolean isEdgePunctuation(CoreLabel t) {
        String p = Tok.tag(t);
        return p.equals("HYPH") || p.equals(",") || p.equals(".") || p.equals("``") || p.equals("''")
                || p.equals(":") || p.equals("-LRB-") || p.equals("-RRB-");
    }

    static String normalize(String s) {
        return s.replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    // ---- canonical names --------------------------------------------------------------------------------------

    /** The canonical name of every mention, index-aligned with {@code mentions}. */
    private static String[] canonicalNames(List<Mention> mentions) {
        String[] out = new String[mentions.size()];
        List<List<Integer>> people = personGroups(mentions);
        int[] groupOf = new int[mentions.size()];
        java.util.Arrays.fill(groupOf, -1);
        for (int g = 0; g < people.size(); g++) {
            for (int i : people.get(g)) {
                groupOf[i] = g;
            }
        }
        String[] representative = new String[people.size()];
        for (int g = 0; g < people.size(); g++) {
            representative[g] = mostFrequentSurface(mentions, people.get(g));
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (groupOf[i] >= 0) {
                out[i] = representative[groupOf[i]];
            } else if (m.type().equals("PERSON") && m.words().length == 1) {
                int g = surnameGroup(mentions, people, i);
                out[i] = g >= 0 ? representative[g] : m.surface();
            } else if (m.words().length == 1 && isAcronym(m.surface())) {
                out[i] = expansion(mentions, m);
            } else {
                out[i] = m.surface();
            }
        }
        return unifyCase(out);
    }

    /** Groups the full-name PERSON mentions (two words or more) that name the same person. */
    private static List<List<Integer>> personGroups(List<Mention> mentions) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.type().equals("PERSON") || m.words().length < 2) {
                continue;
            }
            List<Integer> home = null;
            for (List<Integer> g : groups) {
                if (sameFullName(mentions.get(g.get(0)).words(), m.words())) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(i);
        }
        return groups;
    }

    private static boolean sameFullName(String[] a, String[] b) {
        if (!last(a).equalsIgnoreCase(last(b))) {
            return false;
        }
        String x = stripDot(a[0]).toLowerCase(Locale.ROOT);
        String y = stripDot(b[0]).toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0);
        }
        return x.length() >= 4 && y.length() >= 4 && editDistanceAtMostOne(x, y);
    }

    /** The group a one-word PERSON mention joins: by surname (nearest before, else after), else unique first name. */
    private static int surnameGroup(List<Mention> mentions, List<List<Integer>> people, int i) {
        String w = stripDot(mentions.get(i).words()[0]);
        int before = -1;
        int beforeAt = -1;
        int after = -1;
        int afterAt = Integer.MAX_VALUE;
        List<Integer> byFirstName = new ArrayList<>();
        for (int g = 0; g < people.size(); g++) {
            for (int j : people.get(g)) {
                String[] words = mentions.get(j).words();
                if (last(words).equalsIgnoreCase(w)) {
                    if (j < i && j > beforeAt) {
                        before = g;
                        beforeAt = j;
                    } else if (j > i && j < afterAt) {
                        after = g;
                        afterAt = j;
                    }
                }
            }
            if (mentions.get(people.get(g).get(0)).words()[0].equalsIgnoreCase(w)) {
                byFirstName.add(g);
            }
        }
        if (before >= 0) {
            return before;
        }
        if (after >= 0) {
            return after;
        }
        return byFirstName.size() == 1 ? byFirstName.get(0) : -1;
    }

    private static boolean isAcronym(String s) {
        String letters = s.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** The first multi-word non-person name whose initials spell {@code m}, else {@code m} itself. */
    private static String expansion(List<Mention> mentions, Mention m) {
        String acronym = m.surface().replace(".", "");
        for (Mention other : mentions) {
            if (other.words().length >= 2 && !other.type().equals("PERSON") && acronym.equals(initials(other.words()))) {
                return other.surface();
            }
        }
        return m.surface();
    }

    private static String initials(String[] words) {
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (lw.equals("of") || lw.equals("the") || lw.equals("and") || lw.equals("for") || lw.equals("&")) {
                continue;
            }
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                s.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return s.toString();
    }

    /** Names that differ only in case become the spelling seen first with a capital letter. */
    private static String[] unifyCase(String[] names) {
        Map<String, String> preferred = new LinkedHashMap<>();
        for (String n : names) {
            String k = normalize(n);
            String seen = preferred.get(k);
            if (seen == null || (!hasUpper(seen) && hasUpper(n))) {
                preferred.put(k, n);
            }
        }
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = preferred.get(normalize(names[i]));
        }
        return out;
    }

    private static boolean hasUpper(String s) {
        return s.chars().anyMatch(Character::isUpperCase);
    }

    private static String mostFrequentSurface(List<Mention> mentions, List<Integer> group) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i : group) {
            counts.merge(mentions.get(i).surface(), 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static String longestSurface(List<Mention> mentions) {
        String best = mentions.get(0).surface();
        for (Mention m : mentions) {
            if (m.surface().length() > best.length()) {
                best = m.surface();
            }
        }
        return best;
    }

    private static String type(Builder b) {
        String best = b.mentions.get(0).type();
        for (Map.Entry<String, Integer> e : b.typeCounts.entrySet()) {
            if (e.getValue() > b.typeCounts.get(best)) {
                best = e.getKey();
            }
        }
        if (b.orgHeads > b.personHeads && !best.equals("ORGANIZATION")) {
            return "ORGANIZATION";
        }
        if (b.personHeads > b.orgHeads && !best.equals("PERSON") && !best.equals("LOCATION")) {
            return "PERSON";
        }
        return best;
    }

    private static String last(String[] words) {
        return stripDot(words[words.length - 1]);
    }

    private static String stripDot(String w) {
        return w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    // ---- descriptions -----------------------------------------------------------------------------------------

    private static void describe(String text, List<CoreLabel> toks, Mention m, Builder b) {
        // places and MISC names are mostly modifiers themselves ("Texas Senator X"): no pre-modifiers for them
        boolean takesPremodifiers = m.type().equals("PERSON") || m.type().equals("ORGANIZATION");
        for (int[] seg : takesPremodifiers ? premodifiers(toks, m.from()) : List.<int[]>of()) {
            add(b, Tok.span(text, toks, seg[0], seg[1]), head(toks, seg[0], seg[1]));
        }
        int[] app = appositive(toks, m);
        if (app != null) {
            boolean relative = Tok.lower(toks.get(app[0])).equals("who");
            add(b, Tok.span(text, toks, app[0], app[1]), relative ? null : head(toks, app[0], app[1]));

        }
    }

    private static void add(Builder b, String description, String head) {
        b.descriptions.add(description.replaceAll("\\s+", " "));
        if (head == null) {
            return;
        }
        if (Lexicon.isOrgNoun(head)) {
            b.orgHeads++;
        } else if (Lexicon.PERSON_ROLES.contains(head)) {
            b.personHeads++;
        }
    }

    /**
     * The pre-modifier segments (token ranges) in front of a name: walk back over nouns, adjectives, "and", "of",
     * possessives and possessor names; split at "and"; keep the trailing segments that end in a role noun.
     */
    private static List<int[]> premodifiers(List<CoreLabel> toks, int from) {
        int j = from - 1;
        int stop = Math.max(0, from - MAX_PREMODIFIER);
        while (j >= stop) {
            CoreLabel t = toks.get(j);
            String ner = Tok.ner(t);
            if (ner.equals("PERSON") && !isTitle(Tok.lower(t))) { // a title CoreNLP put in the name is a role
                // a possessor ("Joe Bloggs's aide") or a name used as a modifier ("Bloggs aide")
                if (j + 1 < from && (Tok.isPossessive(toks.get(j + 1)) || isLowerCommonNoun(toks.get(j + 1)))) {
                    while (j - 1 >= stop && Tok.ner(toks.get(j - 1)).equals("PERSON")) {
                        j--;
                    }
                    j--;
                    continue;
                }
                break;
            }
            if (!ner.equals("O") && !Entity.TYPES.contains(ner)) {
                break;
            }
            String p = Tok.tag(t);
            String w = Tok.lower(t);
            boolean attachedHyphen = p.equals("HYPH") && j > 0 && j + 1 < toks.size()
                    && toks.get(j - 1).endPosition() == t.beginPosition()
                    && t.endPosition() == toks.get(j + 1).beginPosition();
            boolean titleOf = w.equals("of") && j > 0 && isUpper(toks.get(j - 1))
                    && isRoleWord(Tok.lower(toks.get(j - 1)));
            boolean plural = p.equals("NNS") && j < from - 1;
            boolean fits = (p.startsWith("NN") && !plural) || p.startsWith("JJ") || p.equals("POS") || attachedHyphen
                    || w.equals("and") || titleOf;
            if (!fits) {
                // "of" only inside a title ("Secretary of State"), not "a close friend of Prime Minister X";
                // a plural noun only right before the name ("Senators X and Y"), not "... refugees President X"
                break;
            }
            j--;
        }
        List<int[]> segments = new ArrayList<>();
        int end = from - 1;
        for (int k = from - 1; k >= j; k--) {
            if (k == j || Tok.lower(toks.get(k)).equals("and")) {
                int[] seg = trimmed(toks, k + 1, end);
                if (seg == null || !endsInRole(toks, seg[0], seg[1])) {
                    break;
                }
                segments.add(0, seg);
                end = k - 1;
            }
        }
        return segments;
    }

    private static int[] trimmed(List<CoreLabel> toks, int a, int b) {
        while (a <= b && (Tok.lower(toks.get(a)).equals("of") || Tok.isPossessive(toks.get(a))
                || Tok.tag(toks.get(a)).equals("HYPH"))) {
            a++;
        }
        while (b >= a && Lexicon.HONORIFICS.contains(Tok.lower(toks.get(b)))) {
            b--;
        }
        while (b > a && Tok.word(toks.get(b)).endsWith(".") && Lexicon.TITLES.contains(Tok.lower(toks.get(b)))
                && isRoleWord(Tok.lower(toks.get(b - 1)))) {
            b--; // "nominee Gov. Jane Roe": the abbreviated title repeats the role
        }
        if (a < b && Lexicon.TITLES.contains(Tok.lower(toks.get(b))) && isUpper(toks.get(b))
                && isLowerCommonNoun(toks.get(b - 1)) && !isRoleWord(Tok.lower(toks.get(b - 1)))) {
            a = b; // "the way Sen. Jane Roe": only the title describes her
        }
        return a <= b ? new int[] {a, b} : null;
    }

    private static boolean isUpper(CoreLabel t) {
        String w = Tok.word(t);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean endsInRole(List<CoreLabel> toks, int a, int b) {
        String last = Tok.lower(toks.get(b));
        if (Tok.isNoun(toks.get(b)) && (Lexicon.isPersonRole(last) || Lexicon.TITLES.contains(last)
                || (Lexicon.isOrgNoun(last) && !isUpper(toks.get(b))))) {
            return true; // a kind of organisation only in lower case: "the agency X", not "Senate X"
        }
        for (int k = a + 1; k < b; k++) { // "Secretary of State"
            if (Tok.lower(toks.get(k)).equals("of") && isRoleWord(Tok.lower(toks.get(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRoleWord(String w) {
        return Lexicon.isPersonRole(w) || Lexicon.isOrgNoun(w) || Lexicon.TITLES.contains(w);
    }

    /**
     * The appositive or relative clause right after a name, as an inclusive token range, or null. It must run
     * to the next comma or the end of the sentence, hold no finite verb (relative clauses excepted) and, after a
     * person, have a role noun as its head.
     */
    private static int[] appositive(List<CoreLabel> toks, Mention m) {
        int comma = m.to() + 1;
        if (comma + 1 >= toks.size() || !Tok.word(toks.get(comma)).equals(",")) {
            return null;
        }
        int a = comma + 1;
        boolean relative = Tok.lower(toks.get(a)).equals("who") && m.type().equals("PERSON");
        int limit = relative ? MAX_RELATIVE : MAX_APPOSITIVE;
        int b = a;
        while (b < toks.size() && (!isBoundary(toks.get(b)) || isAttachedApostrophe(toks, b))) {
            if (b - a >= limit) {
                return null;
            }
            b++;
        }
        if (b == a || (b < toks.size() && !closesAppositive(toks.get(b)))) {
            return null;
        }
        int end = b - 1;
        while (end > a && Tok.tag(toks.get(end)).equals("CC")) {
            end--; // "who works for X and, ..." : the clause stops before the conjunction
        }
        if (relative) {
            return new int[] {a, end};
        }
        String first = Tok.lower(toks.get(a));
        boolean sentenceEnd = b >= toks.size() || !Tok.word(toks.get(b)).equals(",");
        String firstTag = Tok.tag(toks.get(a));
        boolean nominalStart = firstTag.equals("DT") || firstTag.equals("PRP$") || firstTag.startsWith("NN")
                || firstTag.startsWith("JJ") || firstTag.equals("CD");
        if (!nominalStart || (sentenceEnd && !m.type().equals("PERSON"))) {
            return null;
        }
        boolean determiner = first.equals("a") || first.equals("an") || first.equals("the")
                || Tok.tag(toks.get(a)).equals("PRP$");
        for (int k = a; k <= end; k++) {
            CoreLabel t = toks.get(k);
            boolean name = Tok.ner(t).equals("PERSON") && !(k + 1 <= end && (Tok.isPossessive(toks.get(k + 1))
                    || Tok.ner(toks.get(k + 1)).equals("PERSON")));
            if (Tok.tag(t).startsWith("VB") || Tok.tag(t).startsWith("W") || name) {
                return null; // a clause, or a list of names ("X, Y and Z")
            }
        }
        String head = head(toks, a, end);
        if (head == null) {
            return null;
        }
        boolean role = Lexicon.isPersonRole(head) || Lexicon.isOrgNoun(head);
        if (m.type().equals("PERSON") ? !role : !(determiner || role)) {
            return null;
        }
        return new int[] {a, end};
    }

    /** A bare apostrophe glued to a plural before it ("Soldiers' Mothers"): a possessive, not a closing quote. */
    static boolean isAttachedApostrophe(List<CoreLabel> toks, int k) {
        String w = Tok.word(toks.get(k));
        if (k == 0 || !(w.equals("'") || w.equals("\u2019"))) {
            return false;
        }
        CoreLabel prev = toks.get(k - 1);
        return prev.endPosition() == toks.get(k).beginPosition() && Tok.lower(prev).endsWith("s")
                && k + 1 < toks.size() && toks.get(k + 1).beginPosition() > toks.get(k).endPosition();
    }

    private static boolean isBoundary(CoreLabel t) {
        String w = Tok.word(t);
        return w.equals(",") || w.equals(";") || w.equals(".") || w.equals("?") || w.equals("!") || w.equals("(")
                || w.equals(")") || w.equals("--") || w.equals("\u2014") || w.equals("\u2013")
                || Tok.tag(t).equals("``") || Tok.tag(t).equals("''") || Tok.tag(t).equals(":");
    }

    private static boolean closesAppositive(CoreLabel t) {
        String w = Tok.word(t);
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals("\u2014") || w.equals("--")
                || w.equals(")");
    }

    /** The head noun of a description: the last common noun before its first preposition or relative word. */
    private static String head(List<CoreLabel> toks, int a, int b) {
        String head = null;
        for (int k = a; k <= b; k++) {
            CoreLabel t = toks.get(k);
            String w = Tok.lower(t);
            if (k > a && (CONNECTORS.contains(w) || Tok.tag(t).equals("IN"))) {
                break;
            }
            if (Tok.isNoun(t) && Tok.ner(t).equals("O") || isRoleWord(w) && Tok.isNoun(t)) {
                head = w;
            }
        }
        return head;
    }
}
