package org.parallax.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.parallax.model.Article;
import org.parallax.model.Description;
import org.parallax.model.Entity;
import org.parallax.model.Person;

/**
 * Everyone involved in an event, merged across articles: the PERSON and ORGANIZATION entities of every article,
 * joined when they name the same one.
 *
 * <p>Names are compared after folding case, accents and a possessive. Two entities of the same type are joined when
 * <ol>
 * <li>their full names match;</li>
 * <li>(people) their surnames match and their first names are close spellings of each other, as transliterations
 * are ("Wladimir"/"Vladimir", "Sergei"/"Sergey"): at most two edits and at most a third of the shorter name;</li>
 * <li>(people) one is a single word equal to the surname of exactly one person with a full name ("Putin").</li>
 * </ol>
 */
public final class PeopleMerger {
    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION");

    /** The people and organisations of {@code coverage}: mentioned by most articles first, then by name. */
    public List<Person> merge(Coverage coverage) {
        List<Mention> mentions = mentions(coverage);
        int[] parent = new int[mentions.size()];
        Arrays.setAll(parent, i -> i);
        joinFullNames(mentions, parent);
        joinTransliterations(mentions, parent);
        joinSurnames(mentions, parent);
        Map<Integer, List<Mention>> groups = new TreeMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(mentions.get(i));
        }
        List<Person> out = new ArrayList<>();
        for (List<Mention> group : groups.values()) {
            out.add(person(group));
        }
        out.sort(Comparator.comparingInt((Person p) -> -p.articleIds().size()).thenComparing(Person::name)
                .thenComparing(Person::type));
        return out;
    }

    private static List<Mention> mentions(Coverage coverage) {
        List<Mention> out = new ArrayList<>();
        for (Article a : coverage.articles()) {
            for (Entity e : coverage.annotationsOf(a.id()).entities()) {
                String name = e.canonical().isBlank() ? e.text() : e.canonical();
                List<String> words = words(name);
                if (TYPES.contains(e.type()) && !words.isEmpty()) {
                    out.add(new Mention(a.id(), e.type(), name.strip(), words, e.descriptions(), out.size()));
                }
            }
        }
        return out;
    }

    private static void joinFullNames(List<Mention> mentions, int[] parent) {
        Map<String, Integer> first = new HashMap<>();
        for (Mention m : mentions) {
            Integer other = first.putIfAbsent(m.type + "|" + String.join(" ", m.words), m.index);
            if (other != null) {
                union(parent, other, m.index);
            }
        }
    }

    /**
     * Joins a one-word person name to the multi-word person whose surname it is, when exactly one such person (after
     * the other joins) exists.
     */
    private static void joinSurnames(List<Mention> mentions, int[] parent) {
        Map<String, Set<Integer>> peopleBySurname = new HashMap<>();
        for (Mention m : mentions) {
            if (m.isPerson() && m.words.size() > 1) {
                peopleBySurname.computeIfAbsent(m.surname(), k -> new TreeSet<>()).add(find(parent, m.index));
            }
        }
        for (Mention m : mentions) {
            if (m.isPerson() && m.words.size() == 1) {
                Set<Integer> people = peopleBySurname.get(m.surname());
                if (people != null && people.size() == 1) {
                    union(parent, m.index, people.iterator().next());
                }
            }
        }
    }

    /** Joins multi-word person names with one surname whose first names differ only as transliterations do. */
    private static void joinTransliterations(List<Mention> mentions, int[] parent) {
        Map<String, List<Mention>> bySurname = new TreeMap<>();
        for (Mention m : mentions) {
            if (m.isPerson() && m.words.size() > 1) {
                bySurname.computeIfAbsent(m.surname(), k -> new ArrayList<>()).add(m);
            }
        }
        for (List<Mention> same : bySurname.values()) {
            for (int x = 0; x < same.size(); x++) {
                for (int y = x + 1; y < same.size(); y++) {
                    if (closeSpellings(same.get(x).words.get(0), same.get(y).words.get(0))) {
                        union(parent, same.get(x).index, same.get(y).index);
                    }
                }
            }
        }
    }

    static boolean closeSpellings(String a, String b) {
        int distance = editDistance(a, b);
        return distance <= 2 && 3 * distance <= Math.min(a.length(), b.length());
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        Arrays.setAll(previous, j -> j);
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    private static Person person(List<Mention> group) {
        Map<String, Set<String>> articlesByName = new TreeMap<>();
        Map<String, Integer> typeVotes = new TreeMap<>();
        Set<String> articleIds = new TreeSet<>();
        for (Mention m : group) {
            articlesByName.computeIfAbsent(m.name, k -> new TreeSet<>()).add(m.articleId);
            typeVotes.merge(m.type, 1, Integer::sum);
            articleIds.add(m.articleId);
        }
        // the fullest name: most words, then used by most articles, then alphabetical
        String name = articlesByName.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> -words(e.getKey()).size())
                        .thenComparingInt(e -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        String type = typeVotes.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        List<Mention> byArticle = new ArrayList<>(group);
        byArticle.sort(Comparator.comparing((Mention m) -> m.articleId).thenComparingInt(m -> m.index));
        Set<String> seen = new LinkedHashSet<>();
        List<Description> descriptions = new ArrayList<>();
        for (Mention m : byArticle) {
            for (String d : m.descriptions) {
                if (!d.isBlank() && seen.add(m.articleId + "\u0000" + d.strip().toLowerCase(Locale.ROOT))) {
                    descriptions.add(new Description(d.strip(), m.articleId));
                }
            }
        }
        return new Person(name, type, new ArrayList<>(articleIds), descriptions);
    }

    /** The folded words of a name: accents and case gone, a possessive dropped. */
    private static List<String> words(String name) {
        String folded = fold(name).replaceAll("['’]s\\b", "");
        List<String> out = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Lower case without accents; the Latin letters that are not a base letter plus a mark ("Ø", "ł", "ß") are
     * spelled as English texts spell them ("Østby" and "Ostby" are one name).
     */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            switch (c) {
                case 'ø' -> out.append('o');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ß' -> out.append("ss");
                case 'ł' -> out.append('l');
                case 'đ', 'ð' -> out.append('d');
                case 'þ' -> out.append("th");
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins two sets under the smaller index, so the grouping does not depend on the order of unions. */
    private static void union(int[] parent, int a, int b) {
        int x = find(parent, a);
        int y = find(parent, b);
        if (x != y) {
            parent[Math.max(x, y)] = Math.min(x, y);
        }
    }

    /** One entity of one article. */
    private record Mention(String articleId, String type, String name, List<String> words,
                           List<String> descriptions, int index) {
        boolean isPerson() {
            return "PERSON".equals(type);
        }

        String surname() {
            return words.get(words.size() - 1);
        }

        String folded() {
            return String.join(" ", words);
        }
    }
}
