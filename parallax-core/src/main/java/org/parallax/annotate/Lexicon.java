package org.parallax.annotate;

import java.util.Set;

/**
 * The closed word lists the annotation rules rely on. Kept in one place so a reader can see every word that
 * changes a decision. All entries are lower case with straight apostrophes.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** A set from a word list that may repeat a word (Set.of would throw). */
    private static Set<String> words(String... ws) {
        return Set.copyOf(java.util.Arrays.asList(ws));
    }

    /** Courtesy titles: stripped from names and never reported as a description. */
    static final Set<String> HONORIFICS = words("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.",
            "dr", "dr.", "prof", "prof.", "sir", "dame", "madam", "madame", "m.", "mme", "mme.", "herr", "frau");

    /** Office titles that CoreNLP sometimes puts inside a PERSON span; stripped from the name, kept as a role. */
    static final Set<String> TITLES = words("president", "vice", "prime", "minister", "chancellor", "senator",
            "sen.", "sen", "rep.", "rep", "representative", "gov.", "governor", "gen.", "general", "col.", "colonel",
            "capt.", "captain", "lt.", "lieutenant", "sgt.", "sergeant", "maj.", "major", "adm.", "admiral", "king",
            "queen", "prince", "princess", "pope", "rev.", "reverend", "father", "sister", "brother", "judge",
            "justice", "mayor", "secretary", "ambassador", "speaker", "chairman", "chairwoman", "commissioner",
            "deputy", "premier", "sheikh", "emir", "patriarch", "archbishop", "bishop", "cardinal", "officer",
            "detective", "inspector", "corporal", "private", "coach", "chief", "director", "professor", "saint");

    /**
     * Nouns that name what a person is or does. Used to accept a pre-modifier ("historian Ian Garner") and to
     * retype a mention CoreNLP called an organisation ("Jane Roe, a participant from ...").
     */
    static final Set<String> PERSON_ROLES = words("official", "deputy", "head", "member", "director", "lawyer",
            "historian", "editor", "correspondent", "reporter", "journalist", "spokesman", "spokeswoman",
            "spokesperson", "president", "minister", "secretary", "senator", "governor", "mayor", "leader",
            "chairman", "chairwoman", "chair", "chief", "ceo", "founder", "co-founder", "participant", "organizer",
            "organiser", "activist", "analyst", "expert", "professor", "researcher", "scientist", "economist",
            "politician", "lawmaker", "legislator", "diplomat", "ambassador", "envoy", "adviser", "advisor", "aide",
            "commander", "general", "officer", "soldier", "veteran", "candidate", "nominee", "campaigner", "mother",
            "father", "wife", "husband", "son", "daughter", "sister", "brother", "widow", "actor", "actress",
            "singer", "writer", "author", "novelist", "poet", "filmmaker", "producer", "artist", "musician",
            "blogger", "commentator", "columnist", "host", "presenter", "anchor", "judge", "prosecutor", "attorney",
            "detective", "inspector", "priest", "bishop", "rabbi", "imam", "cleric", "student", "teacher", "doctor",
            "nurse", "surgeon", "physician", "psychologist", "sociologist", "political scientist", "manager",
            "executive", "boss", "owner", "entrepreneur", "businessman", "businesswoman", "billionaire", "oligarch",
            "resident", "citizen", "voter", "worker", "employee", "volunteer", "victim", "witness", "survivor",
            "refugee", "prisoner", "suspect", "defendant", "negotiator", "strategist", "pollster", "consultant",
            "representative", "delegate", "councillor", "councilor", "councilman", "councilwoman", "commissioner",
            "premier", "chancellor", "king", "queen", "prince", "princess", "president-elect", "vice-president",
            "secretary-general", "coach", "player", "athlete", "captain", "pilot", "photographer", "economist",
            "speaker", "staffer", "assistant", "partner", "colleague", "friend", "ally", "rival", "opponent",
            "critic", "supporter", "dissident", "blogger", "influencer", "governor-elect", "mp", "mep", "lawyer",
            "deputy head", "whistleblower", "investigator", "auditor", "ombudsman", "intern", "official",
            // -ant/-ent agent nouns: listed, because as suffixes they also match "cement", "parliament"
            "agent", "superintendent", "opponent", "participant", "consultant", "assistant", "attendant",
            "lieutenant", "sergeant", "accountant", "applicant", "immigrant", "migrant", "servant", "tenant",
            "merchant", "claimant", "informant", "combatant", "contestant", "correspondent", "president",
            "vice president", "resident", "student", "adherent", "descendant", "regent", "dissident",
            "protester", "protestor", "militant", "insurgent", "respondent", "occupant", "entrant", "incumbent");

    /** Nouns that name a kind of organisation or outlet ("the Telegram channel X", "X, a news agency"). */
    static final Set<String> ORG_NOUNS = words("channel", "agency", "newspaper", "paper", "outlet", "broadcaster",
            "network", "group", "company", "firm", "party", "organization", "organisation", "ministry", "union",
            "association", "committee", "council", "bank", "charity", "website", "site", "magazine", "daily",
            "tabloid", "weekly", "station", "foundation", "institute", "university", "coalition", "movement",
            "alliance", "fund", "club", "team", "publication", "portal", "blog", "newsletter", "broadcaster",
            "corporation", "conglomerate", "startup", "manufacturer", "retailer", "airline", "brand", "nonprofit",
            "non-profit", "ngo", "think-tank", "tank", "department", "office", "service", "watchdog", "regulator",
            "court", "tribunal", "parliament", "assembly", "senate", "legislature", "government", "administration");

    /** Agent-noun endings: with the lists above they recognise most role nouns in front of a name. */
    static final String[] ROLE_SUFFIXES = {"ist", "ian", "or", "er", "ee", "man", "woman", "ess"};

    /** Words with a role-like ending that are not roles; they would otherwise pass {@link #ROLE_SUFFIXES}. */
    static final Set<String> NOT_ROLES = words("former", "latter", "further", "longer", "older", "younger",
            "bigger", "larger", "greater", "higher", "lower", "elder", "inner", "outer", "upper", "proper", "sooner",
            "recent", "current", "different", "independent", "prominent", "significant", "important", "pleasant",
            "silent", "relevant", "constant", "distant", "urgent", "frequent", "violent", "ancient", "apparent",
            "government", "parliament", "department", "movement", "event",
            "agreement", "statement", "center", "centre", "order", "border", "number", "water", "paper", "power",
            "quarter", "winter", "summer", "corridor", "sector", "error", "letter", "matter", "river", "tower",
            "chamber", "monster", "cancer", "computer", "poster", "theater", "theatre", "shelter", "after",
            "meeting", "moment", "comment", "content", "percent", "per", "cent", "document", "investment",
            "development", "management", "environment", "settlement", "payment", "element", "instrument",
            "incident", "accident", "continent", "restaurant", "plant", "grant", "giant", "human", "german",
            "woman's", "other", "another", "either", "neither", "together", "whether", "later", "under", "over",
            "ever", "never", "offer", "transfer", "answer", "chapter", "register", "season", "reason", "person",
            "region", "nation", "union", "question", "decision", "vision", "television", "election", "invasion",
            "operation", "situation", "information", "position", "opinion", "million", "billion", "trillion",
            "russian", "ukrainian", "italian", "canadian", "australian", "indian", "iranian", "syrian", "libyan",
            "asian", "european", "african", "american", "brazilian", "hungarian", "norwegian", "egyptian",
            "palestinian", "belarusian", "georgian", "armenian", "mongolian", "korean");

    static final Set<String> MONTHS = words("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar.",
            "apr", "apr.", "jun.", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov",
            "nov.", "dec", "dec.");

    /** Weekday names in ISO order (Monday = index 0). */
    static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday"};

    /** Words that make a phrase a reference to a time, so SUTime's value for it is worth reporting. */
    static final Set<String> DATE_WORDS = words("today", "yesterday", "tomorrow", "tonight", "week", "weeks",
            "weekend", "month", "months", "year", "years", "ago", "decade", "century", "spring", "summer",
            "autumn", "fall", "winter", "quarter", "weekday", "fortnight");

    /** Parts of a day: they refine a date ("Friday morning") but do not name one on their own ("at night"). */
    static final Set<String> PARTS_OF_DAY = words("morning", "afternoon", "evening", "night", "midnight", "noon",
            "overnight", "dawn", "dusk", "midday");

    /** True when {@code w} (lower case) names what a person is or does. */
    static boolean isPersonRole(String w) {
        if (PERSON_ROLES.contains(w)) {
            return true;
        }
        if (w.length() < 5 || NOT_ROLES.contains(w) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
            return false;
        }
        String singular = w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
        if (PERSON_ROLES.contains(singular)) {
            return true;
        }
        for (String suffix : ROLE_SUFFIXES) {
            if (singular.endsWith(suffix) && !NOT_ROLES.contains(singular)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code w} (lower case) names a kind of organisation. */
    static boolean isOrgNoun(String w) {
        return ORG_NOUNS.contains(w) || (w.endsWith("s") && ORG_NOUNS.contains(w.substring(0, w.length() - 1)));
    }

    /** The ISO weekday index (0 = Monday) of {@code w}, or -1. */
    static int weekday(String w) {
        for (int i = 0; i < WEEKDAYS.length; i++) {
            if (WEEKDAYS[i].equals(w)) {
                return i;
            }
        }
        return -1;
    }
}
