package org.parallax.clean;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses a text's language from profiles of its most frequent function words, the way stopword-based detectors
 * do: the language whose stopwords cover the largest share of the text wins, if it wins clearly.
 */
final class Languages {
    /** Insertion-ordered so that ties resolve the same way on every run. */
    private static final Map<String, Set<String>> STOPWORDS = new LinkedHashMap<>();

    static {
        STOPWORDS.put("en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "was", "on",
                "as", "he", "his", "by", "at", "from", "this", "have", "has", "are", "were", "which", "be", "an",
                "they", "their", "not", "but", "had", "who", "been", "would", "will", "she", "her", "after"));
        STOPWORDS.put("de", Set.of("der", "die", "und", "den", "das", "nicht", "von", "sie", "ist", "des", "sich",
                "mit", "dem", "dass", "er", "es", "ein", "ich", "auf", "eine", "auch", "als", "nach", "wie", "im",
                "für", "zu", "wird", "wurde", "bei", "einer", "um", "sind", "hat", "noch", "aus", "über", "werden"));
        STOPWORDS.put("fr", Set.of("le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "que", "qui",
                "dans", "pour", "pas", "sur", "au", "aux", "il", "elle", "ne", "se", "ce", "cette", "avec", "sont",
                "par", "plus", "ont", "été", "mais", "nous", "leur", "selon", "comme", "où"));
        STOPWORDS.put("es", Set.of("el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "por",
                "con", "para", "es", "se", "su", "sus", "al", "lo", "como", "más", "pero", "fue", "este", "esta",
                "ha", "han", "sobre", "también", "entre", "cuando", "muy", "sin", "hasta", "desde"));
        STOPWORDS.put("it", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "che", "e", "è", "un",
                "una", "per", "non", "con", "sono", "si", "nel", "nella", "dei", "delle", "alla", "anche", "come",
                "ha", "ma", "più", "questo", "questa", "dal", "dalla", "sul", "degli", "essere", "stato"));
        STOPWORDS.put("pt", Set.of("o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "um",
                "uma", "para", "com", "não", "no", "na", "nos", "nas", "por", "se", "ao", "foi", "mais", "como",
                "mas", "ele", "ela", "são", "também", "pelo", "pela", "está", "seu", "sua", "já"));
        STOPWORDS.put("nl", Set.of("de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "voor",
                "met", "niet", "die", "aan", "er", "ook", "als", "maar", "om", "bij", "dan", "wordt", "werd", "nog",
                "naar", "heeft", "door", "hij", "zij", "ze", "worden", "uit", "tot", "wel", "deze"));
        STOPWORDS.put("ru", Set.of("и", "в", "во", "не", "что", "он", "на", "я", "с", "со", "как", "а", "то",
                "все", "она", "так", "его", "но", "да", "ты", "к", "у", "же", "вы", "за", "бы", "по", "только",
                "ее", "было", "был", "была", "это", "из", "от", "для", "который", "также", "при", "или", "были"));
        STOPWORDS.put("uk", Set.of("і", "й", "в", "у", "не", "що", "він", "на", "з", "із", "як", "а", "та", "це",
                "до", "від", "для", "але", "її", "його", "був", "була", "було", "були", "також", "які", "який",
                "яка", "щоб", "ще", "вже", "ми", "ви", "вони", "при", "або", "про", "після", "через"));
        STOPWORDS.put("pl", Set.of("i", "w", "z", "na", "nie", "się", "że", "do", "to", "jest", "o", "jak", "ale",
                "po", "co", "od", "za", "przez", "dla", "jego", "jej", "był", "była", "było", "są", "oraz", "tak",
                "już", "może", "także", "który", "która", "które", "tym", "ze", "ich", "we", "czy"));
    }

    private Languages() {
    }

    /**
     * The ISO 639-1 code of the language {@code text} is most likely in, or null when it has fewer than
     * {@code minWords} words or no profile clearly fits.
     */
    static String guess(String text, int minWords) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        List<String> words = Line.words(sample.toLowerCase(Locale.ROOT));
        if (words.size() < minWords) {
            return null;
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
            int hits = 0;
            for (String w : words) {
                if (e.getValue().contains(w)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                second = bestHits;
                bestHits = hits;
                best = e.getKey();
            } else if (hits > second) {
                second = hits;
            }
        }
        // Prose has a quarter or more of its words among these stopwords, a page with menus and names left in
        // still a tenth; a clear winner leads the runner-up (a related language sharing some words) by half.
        boolean covers = bestHits * 100 >= words.size() * 8;
        boolean clear = bestHits * 10 >= second * 15;
        return covers && clear ? best : null;
    }

    /** The ISO 639-1 code in a metadata language tag ("en-US", "de_DE", "FR"), or null if it is not one. */
    static String fromTag(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        String primary = t.split("[-_]", 2)[0];
        return primary.matches("[a-z]{2}") ? primary : null;
    }
}
