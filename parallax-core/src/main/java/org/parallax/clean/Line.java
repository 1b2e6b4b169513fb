package org.parallax.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One paragraph of an article with the features the cleaner decides on: length, final punctuation, quoted speech,
 * calls to action, link-like words, credit marks, verbs. Features are computed on the line with its quoted speech
 * cut out, so that a quote such as "Follow the money" is never taken for the page talking to its reader.
 */
final class Line {
    /** Long lines are paragraphs of prose; their features are read from a bounded prefix to keep time linear. */
    private static final int MAX_ANALYSED = 4000;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern QUOTED = Pattern.compile("“[^”]{0,2000}”|\"[^\"]{0,2000}\"|«[^»]{0,2000}»"
            + "|„[^“”]{0,2000}[“”]|‘[^’]{0,2000}’(?![\\p{L}])");
    /** A sentence ends at . ! ? … before a capital, a digit or an opening quote ("Calif. rehab" goes on). */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?…])[\"”’»)]*\\s+(?=[\\p{Lu}\\p{N}\"“‘'(«\\[])");
    private static final Pattern EMAIL = Pattern.compile(
            "[\\w.+-]+@[\\w-]+\\.[\\w.-]+|\\[email\\s*protected]|(?i)\\be-?mail\\s*:");
    private static final Pattern CREDIT = Pattern.compile("(?i)\\b(?:image|photo|picture|video|graphic"
            + "|illustration|footage|map)s?\\s*(?:credit|courtesy|source)?\\s*:|\\bphoto(?:graph)?s?\\s+by\\b"
            + "|\\b(?:credits?|courtesy)\\s*:|getty\\s+images|shutterstock|\\bistock\\b|\\bimago\\b"
            + "|\\bscreen\\s?shot\\s*\\.?$|/(?:afp|reuters|ap|dpa|epa|tass|ria|anadolu|xinhua|sputnik)\\b"
            + "|\\b(?:afp|reuters|ap|epa) via\\b|\\((?:photo|image|picture|foto)\\b");
    private static final Pattern VIA_CAPTION = Pattern.compile("(?i)\\(via [^)]{1,60}\\)\\.?$");
    /** A verb contracted onto its subject or negation: I'm, they're, we've, she'll, he'd, don't. */
    private static final Pattern CONTRACTED_VERB = Pattern.compile("\\p{L}'(?:m|re|ve|ll|d)$|n't$");
    /** "(c) 2031": the ASCII copyright sign, not the third item of a list ("section 5(c)"). */
    private static final Pattern COPYRIGHT_C = Pattern.compile("(?<![\\w(])\\(c\\)\\s*(?:\\d{4}|copyright)");
    private static final Pattern COMMENT_COUNT = Pattern.compile("(?i)^\\d+\\s+(?:comments?|replies|responses)$");

    final String text;
    /** The analysed part of the text: all of it, or a bounded prefix of a very long paragraph. */
    private final String head;
    /** The analysed text with quoted speech removed, original case (sentence boundaries need the capitals). */
    private final String unquoted;
    /** Lower case, apostrophes unified, quoted speech removed. */
    final String bare;
    /** Words of the whole line, original case. */
    final List<String> tokens;
    /** Lower-case words outside quotes. */
    final List<String> bareWords;
    final int words;
    /** The last character that is not a closing quote or bracket, or 0 for an empty line. */
    final char terminal;
    final int quotedWords;
    final int sentences;

    // Features used several times by the passes, computed once (a Line is confined to one clean() call).
    private int calls = -1;
    private int linkWords = -1;
    private int boilerWords = -1;
    private final int[] scores = {Integer.MIN_VALUE, Integer.MIN_VALUE};
    private Boolean email;
    private Boolean credit;

    Line(String text) {
        this.text = text;
        this.head = text.length() > MAX_ANALYSED ? text.substring(0, MAX_ANALYSED) : text;
        this.tokens = words(head);
        this.words = text.length() > MAX_ANALYSED ? Math.max(tokens.size(), 500) : tokens.size();
        this.unquoted = QUOTED.matcher(head).replaceAll(" ");
        this.bare = unquoted.toLowerCase(Locale.ROOT).replace('’', '\'');
        this.bareWords = words(bare);
        this.quotedWords = tokens.size() - words(unquoted).size();
        this.terminal = terminal(text);
        this.sentences = sentences(head).size();
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static List<String> sentences(String s) {
        List<String> out = new ArrayList<>();
        for (String part : SENTENCE_END.split(s)) {
            if (part.isBlank()) {
                continue;
            }
            int last = out.size() - 1;
            if (last >= 0 && endsWithAbbreviation(out.get(last))) {
                out.set(last, out.get(last) + " " + part.strip());
            } else {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** "Gov." "Dr." "L." "U.S.": a period that ends a title, an initial or an abbreviation, not a sentence. */
    private static boolean endsWithAbbreviation(String part) {
        if (!part.endsWith(".")) {
            return false;
        }
        int start = part.lastIndexOf(' ') + 1;
        String word = part.substring(start, part.length() - 1);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return word.contains(".") || Vocabulary.ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static char terminal(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if ("\"”’»)]'".indexOf(c) < 0 && !Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    boolean endsSentence() {
        return terminal == '.' || terminal == '!' || terminal == '?' || terminal == '…';
    }

    /** True when some word outside quotes belongs to {@code set}. */
    boolean hasAny(Set<String> set) {
        for (String w : bareWords) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }

    int countDistinct(Set<String> set) {
        Set<String> seen = new HashSet<>();
        for (String w : bareWords) {
            if (set.contains(w)) {
                seen.add(w);
            }
        }
        return seen.size();
    }

    /** The page speaking to its reader: you, your, us, our, let's. */
    boolean addressesReader() {
        return hasAny(Vocabulary.ADDRESS);
    }

    /** Sentences (outside quotes) that call the reader to act on something: "Follow us on ...", "Please support". */
    int calls() {
        if (calls < 0) {
            calls = countCalls();
        }
        return calls;
    }

    private int countCalls() {
        int n = 0;
        for (String sentence : bare.split("[.!?;]+(?:\\s+|$)")) {
            List<String> w = words(sentence);
            if (isCall(w)) {
                n++;
            }
        }
        return n;
    }

    private boolean isCall(List<String> w) {
        int i = 0;
        while (i < w.size() && Vocabulary.CALL_OPENERS.contains(w.get(i))) {
            i++;
        }
        // "you can also find ...", "want to contact us?", "don't forget to share", "be sure to follow"
        if (i + 1 < w.size() && w.get(i).equals("you") && w.get(i + 1).equals("can")) {
            i += w.size() > i + 2 && w.get(i + 2).equals("also") ? 3 : 2;
        } else {
            for (int j = i + 1; j < Math.min(w.size() - 1, i + 4); j++) {
                if (w.get(j).equals("to") && Vocabulary.CALL_LEADS.contains(w.get(j - 1))) {
                    i = j + 1;
                    break;
                }
            }
        }
        if (i >= w.size() || !Vocabulary.CALL_VERBS.contains(w.get(i))) {
            return false;
        }
        if (Vocabulary.STRONG_CALL_VERBS.contains(w.get(i)) && words <= 30) {
            // "Subscribe to the Courier for 1 crown", "Listen to the interview on our app"; only in a short
            // paragraph, since a long one may split a sentence at an abbreviation ("per mail bzw. download").
            return true;
        }
        if (w.size() - i <= 3 && terminal != '.') {
            return true; // "Share", "Subscribe now", "Share it!": a bare call with no object worth a sentence
        }
        for (int j = i + 1; j < w.size(); j++) {
            String x = w.get(j);
            if (Vocabulary.CALL_TARGETS.contains(x) || Vocabulary.LINK_WORDS.contains(x)
                    || Vocabulary.BOILER_WORDS.contains(x)
                    || (x.equals("this") && j + 1 < w.size() && Vocabulary.PAGE_NOUNS.contains(w.get(j + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Social networks and channels named, including names run together by a stripped link list. */
    int linkWords() {
        if (linkWords < 0) {
            linkWords = countLinkWords();
        }
        return linkWords;
    }

    private int countLinkWords() {
        Set<String> seen = new HashSet<>();
        for (String w : bareWords) {
            if (Vocabulary.LINK_WORDS.contains(w)) {
                seen.add(w);
            }
        }
        for (String name : List.of("facebook", "twitter", "instagram", "linkedin", "youtube", "flipboard",
                "telegram", "whatsapp", "pinterest", "tiktok")) {
            if (bare.contains(name)) {
                seen.add(name);
            }
        }
        return seen.size();
    }

    /** Distinct boilerplate words and word pairs outside quotes. */
    int boilerWords() {
        if (boilerWords < 0) {
            boilerWords = countBoilerWords();
        }
        return boilerWords;
    }

    private int countBoilerWords() {
        int n = countDistinct(Vocabulary.BOILER_WORDS);
        String padded = " " + String.join(" ", bareWords) + " ";
        for (String pair : Vocabulary.BOILER_PAIRS) {
            if (padded.contains(" " + pair + " ")) {
                n++;
            }
        }
        return n;
    }

    /** "Read more: ...", "Related: ...": a label and a colon (or bar) before links to other pages. */
    boolean opensWithLinkLabel() {
        int colon = indexOfAny(bare, ":|»");
        if (colon <= 0 || colon > 30 || words > 30) {
            return false;
        }
        String label = String.join(" ", words(bare.substring(0, colon)));
        return Vocabulary.LINK_LABELS.contains(label);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    boolean hasCopyright() {
        return head.indexOf('©') >= 0 || COPYRIGHT_C.matcher(bare).find() || bare.contains("all rights reserved");
    }

    boolean hasEmail() {
        if (email == null) {
            // The regex scans every position; most lines have no '@' and no "mail" and need no scan at all.
            email = (head.indexOf('@') >= 0 || bare.contains("mail")) && EMAIL.matcher(head).find();
        }
        return email;
    }

    /** A photo credit or caption mark: "Image Credit:", "Photo:", "Getty Images", "NAME/AFP", "(via ...)". */
    boolean hasCreditMark() {
        if (words > 60) {
            return false;
        }
        if (credit == null) {
            credit = CREDIT.matcher(head).find()
                    || (head.contains("(via ") && VIA_CAPTION.matcher(head).find() && !hasFiniteVerb(false));
        }
        return credit;
    }

    /** "Leave a Comment", "12 comments", "Comments (3)": a short label about comments, not a sentence. */
    boolean isCommentPrompt() {
        if (words > 4 || terminal == '.') {
            return false;
        }
        return COMMENT_COUNT.matcher(head.strip()).matches()
                || bareWords.stream().anyMatch(w -> w.startsWith("comment") || w.startsWith("kommentar")
                || w.startsWith("коммент"));
    }

    /** A short line made only of navigation labels ("Menu", "Skip to content", "Sign in"). */
    boolean isNavigation() {
        if (words == 0 || words > 6 || terminal == '.' || quotedWords > 0) {
            return false;
        }
        boolean label = false;
        for (String w : bareWords) {
            if (!Vocabulary.NAV_WORDS.contains(w)) {
                return false;
            }
            if (w.length() > 3 || w.equals("ad") || w.equals("top")) {
                label = true;
            }
        }
        return label;
    }

    /**
     * A search box's prompt: a short question to the reader about finding something ("Hi, what are you looking
     * for?") or a search label. Other questions to the reader ("Did you feel the earthquake?") are content.
     */
    boolean isPrompt() {
        return words <= 8 && quotedWords == 0 && hasAny(Vocabulary.SEARCH_WORDS)
                && ((terminal == '?' && addressesReader()) || words <= 4);
    }

    /**
     * A menu or breadcrumb line: at least three short items (at most four words each, none a sentence) between
     * separators ({@code | • · » › /  >}), e.g. "Home | City | Politics" or "Home > News > World". The slash and
     * the angle bracket count only with spaces around them, so "24/7" and "and/or" are no separators.
     */
    boolean isMenu() {
        if (words == 0 || words > 40 || quotedWords > 0 || (separators() < 2 && !head.contains(" / ")
                && !head.contains(" > "))) {
            return false;
        }
        String[] items = MENU_SEPARATOR.split(head.strip(), -1);
        int real = 0;
        for (String item : items) {
            String t = item.strip();
            if (t.isEmpty()) {
                continue; // a leading or trailing separator
            }
            List<String> w = words(t);
            char last = t.charAt(t.length() - 1);
            // Menu items are words: "4 / 9 / 2007" is a date, "12 | 40 | 7" a row of figures, "{ |x| x }" code.
            if (w.isEmpty() || w.size() > 4 || ".!?:;,".indexOf(last) >= 0
                    || t.codePoints().noneMatch(Character::isLetter) || !MENU_ITEM.matcher(t).matches()) {
                return false;
            }
            real++;
        }
        return real >= 3;
    }

    private static final Pattern MENU_ITEM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}\\s'’&.+\\-]*");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|•·»›]\\s*|\\s+[/>]\\s+");
    private static final Pattern SITE_SECTION = Pattern.compile("(.+?)\\s+[–—-]\\s+(.+)");

    /**
     * A site-name line: the outlet's name in capitals or with a newsroom word ("THE VALMORA TIMES",
     * "Valmora Courier"), optionally a dash and the section ("THE VALMORA TIMES – World"). No sentence, no verb.
     * Without the section, only a name in capitals with a newsroom word counts: a title-case "Times Square Reopens"
     * is a headline.
     */
    boolean isSiteName() {
        if (words == 0 || words > 8 || quotedWords > 0 || endsSentence() || !Character.isLetterOrDigit(terminal)
                || hasFiniteVerb(false)) {
            return false;
        }
        Matcher m = SITE_SECTION.matcher(head.strip());
        String name = m.matches() ? m.group(1) : head.strip();
        List<String> nameWords = words(name);
        if (nameWords.isEmpty() || nameWords.size() > 5) {
            return false;
        }
        if (m.matches()) {
            List<String> section = words(m.group(2));
            if (section.isEmpty() || section.size() > 3 || !allCapitalised(section)) {
                return false;
            }
        }
        boolean caps = allUpper(nameWords) && name.codePoints().filter(Character::isLetter).count() >= 4;
        boolean newsroom = allCapitalised(nameWords) && nameWords.stream()
                .anyMatch(w -> Vocabulary.MEDIA_WORDS.contains(w.toLowerCase(Locale.ROOT)));
        // "THE ORVIN TIMES" is a name; "BACK IN SERVICE" is a headline: names hold no small words but "the", "of".
        boolean nameShape = nameWords.stream().map(w -> w.toLowerCase(Locale.ROOT))
                .noneMatch(w -> Vocabulary.FUNCTION_WORDS.contains(w) && !w.equals("the") && !w.equals("of"));
        return m.matches() ? caps || newsroom : caps && newsroom && nameShape;
    }

    private static boolean allUpper(List<String> ws) {
        for (String w : ws) {
            if (w.codePoints().anyMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allCapitalised(List<String> ws) {
        for (String w : ws) {
            int c = w.codePointAt(0);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)
                    && !Vocabulary.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A divider line with no words: dashes, asterisks, bullets ("—", "* * *", "-----"). */
    boolean isDivider() {
        return words == 0 && DIVIDER.matcher(head).matches();
    }

    private static final Pattern DIVIDER = Pattern.compile("[\\p{Pd}*•·~_=#\\s]+");

    /** Separators of link bars and breadcrumbs. */
    int separators() {
        int n = 0;
        for (int i = 0; i < head.length(); i++) {
            if ("|»›•·".indexOf(head.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** A finite verb from the closed list, or a past form in -ed ("arrested"): the line is a clause. */
    boolean hasFiniteVerb() {
        return hasFiniteVerb(true);
    }

    /**
     * @param pastForms whether a lower-case word in -ed counts; it may also be a participle used as an adjective
     *                  ("the flooded town"), so where another mark already points to a caption it does not
     */
    boolean hasFiniteVerb(boolean pastForms) {
        for (String t : tokens) {
            String w = t.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (Vocabulary.FINITE_VERBS.contains(w) || Vocabulary.REPORTING_VERBS.contains(w)
                    || CONTRACTED_VERB.matcher(w).find()) {
                return true;
            }
            if (pastForms && w.length() >= 4 && w.endsWith("ed") && Character.isLowerCase(t.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb of reporting in the active voice ("the board said", "according to"): someone is reported. A passive
     * ("stories must be told") reports no one.
     */
    boolean reports() {
        for (int i = 0; i < bareWords.size(); i++) {
            if (Vocabulary.REPORTING_VERBS.contains(bareWords.get(i))
                    && (i == 0 || !Vocabulary.PASSIVE_AUXILIARIES.contains(bareWords.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Sentences long enough to be prose and free of any address to the reader. */
    int proseSentences() {
        int n = 0;
        for (String s : sentences(unquoted)) {
            List<String> w = words(s.toLowerCase(Locale.ROOT).replace('’', '\''));
            if (w.size() >= 8 && w.stream().noneMatch(Vocabulary.ADDRESS::contains)) {
                n++;
            }
        }
        return n;
    }

    /** Words that start with a capital letter (or digit), e.g. all of a title-case heading or a tag list. */
    int capitalized() {
        int n = 0;
        for (String t : tokens) {
            if (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0))) {
                n++;
            }
        }
        return n;
    }

    boolean startsUpper() {
        for (int i = 0; i < head.length(); i++) {
            int c = head.codePointAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
            if (Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A weak sign of an appeal: an exclamation, the reader addressed, or words about readers and support. Words
     * such as "comment" are not a sign here: "He declined to comment." ends many reports.
     */
    boolean hasWeakBoilerSign() {
        return terminal == '!' || addressesReader() || hasAny(Vocabulary.APPEAL_WORDS);
    }

    /**
     * How much this line looks like page furniture: positive evidence (calls, link words, credits, labels) minus
     * evidence of reported prose (reporting verbs, quoted speech, long sentences).
     *
     * @param edge whether the line sits in the top or bottom block, where prompts to the reader are chrome
     */
    int boilerScore(boolean edge) {
        int i = edge ? 1 : 0;
        if (scores[i] == Integer.MIN_VALUE) {
            scores[i] = score(edge);
        }
        return scores[i];
    }

    private int score(boolean edge) {
        int s = 0;
        if (isNavigation()) {
            s += 3;
        }
        if (edge && isPrompt()) {
            s += 3;
        }
        if (isCommentPrompt()) {
            s += 3;
        }
        s += Math.min(2 * calls(), 4);
        if (words <= 8 && addressesReader()) {
            s += 1;
        }
        if (addressesReader() && boilerWords() > 0) {
            s += 1;
        }
        if (opensWithLinkLabel()) {
            s += 3;
        }
        s += Math.min(linkWords(), 2);
        s += Math.min(boilerWords(), 2);
        if (hasCopyright()) {
            s += 3;
        }
        if (hasEmail()) {
            s += 2;
        }
        if (separators() >= 2) {
            s += 1;
        }
        if (hasCreditMark()) {
            s += 4;
        }
        return s - proseEvidence();
    }

    private int proseEvidence() {
        int e = 0;
        if (reports()) {
            e += 2;
        }
        if (quotedWords >= 3) {
            e += 2;
        }
        e += Math.min(proseSentences(), 3);
        return e;
    }

    @Override
    public String toString() {
        return text;
    }
}
