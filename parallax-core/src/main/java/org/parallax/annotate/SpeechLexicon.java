package org.parallax.annotate;

import java.util.Set;

/**
 * The word lists the speech rules use: speech verbs (by lemma), words that mark a news medium, descriptors that
 * stand before a source's name, pronouns and titles. Plain general vocabulary, nothing fitted to an article.
 */
final class SpeechLexicon {
    private SpeechLexicon() {
    }

    /** Verbs that introduce reported speech or a stated position, with a clause or a quote as complement. */
    static final Set<String> CLAUSE_VERBS = Set.of(
            "say", "tell", "add", "note", "claim", "warn", "argue", "explain", "stress", "insist", "suggest",
            "report", "write", "tweet", "announce", "declare", "admit", "ask", "reply", "respond", "state", "deny",
            "acknowledge", "confirm", "predict", "conclude", "emphasize", "emphasise", "observe", "reveal",
            "remark", "complain", "boast", "vow", "pledge", "promise", "contend", "assert", "maintain",
            "concede", "caution", "testify", "disclose", "indicate", "mention", "allege", "charge", "recall",
            "answer", "inform", "assure", "estimate", "speculate", "lament", "counter", "retort", "agree",
            "post", "believe", "think", "reiterate", "underline", "underscore", "specify", "recount",
            "clarify", "affirm", "proclaim", "question", "demand", "urge", "point");

    /**
     * Verbs of belief and finding that attribute a proposition without speech ("she believes ...", "the study
     * found ..."): PolNeAR-style attribution, reported as indirect quotes of the position.
     */
    static final Set<String> COGNITION_VERBS = Set.of(
            "think", "believe", "know", "hope", "fear", "feel", "expect", "find", "show", "worry", "doubt",
            "understand", "realize", "realise", "assume", "guess", "recognize", "recognise", "learn", "discover",
            "determine", "acknowledge", "imply", "reckon", "figure", "insinuate", "contend", "agree");

    /**
     * Verbs that state a position about a thing, with a noun phrase as complement ("denied any involvement",
     * "criticized the trade deal", "called for a recount"): the object is the attributed content.
     */
    static final Set<String> STANCE_VERBS = Set.of(
            "deny", "admit", "acknowledge", "note", "announce", "promise", "propose", "demand", "cite", "question",
            "dispute", "urge", "reject", "vow", "pledge", "predict", "confirm", "reveal", "criticize", "criticise",
            "condemn", "praise", "support", "oppose", "endorse", "dismiss", "defend", "blame", "accuse", "attack",
            "call", "welcome", "slam", "blast", "decry", "denounce", "applaud", "hail", "lambaste", "rule",
            "recommend", "describe", "characterize", "label", "mock", "ridicule", "warn", "threaten", "insist",
            "express", "respond", "seek", "refuse", "decline", "want", "plan", "offer", "back", "intend", "aim",
            "agree", "vote", "sign", "release", "issue", "raise", "champion", "tout", "push", "spell",
            "thank", "discuss", "prefer", "favor", "favour", "target", "repeat", "encourage", "mention",
            "commend", "congratulate", "credit", "fault", "challenge", "contest", "protest",
            "embrace", "advocate", "request", "suggest", "hint", "signal",
            // verbs of judgement, preference, promotion and deliberation (Levin's admire, judgement and
            // conjecture classes): "bemoaned the unrest", "touted his record", "is weighing a run"
            "see", "bemoan", "promote", "compare", "lobby", "float", "weigh", "mull", "consider", "ponder", "accept",
            "ignore", "downplay", "rebuke", "rip", "trash", "hammer", "savage", "pan", "insult", "extol", "admire",
            "love", "like", "hate", "dislike", "trust", "distrust", "invite", "highlight", "reference",
            "invoke", "echo", "retweet", "portray", "brand", "dub", "regret",
            "resent", "appreciate", "celebrate", "cheer", "mourn", "lament", "chide", "scold", "berate", "castigate",
            "assail", "excoriate", "disparage", "belittle", "deride", "scorn", "trumpet",
            "unveil", "outline", "identify", "concede", "resist", "veto", "expect",
            "anticipate", "envision", "foresee", "forecast", "doubt", "suspect", "wonder");

    /** Nouns that report a position when a that-clause follows ("his claim that ...", "Smith's view that ..."). */
    static final Set<String> CLAIM_NOUNS = Set.of(
            "claim", "belief", "view", "assertion", "argument", "suggestion", "allegation", "accusation", "charge",
            "warning", "promise", "pledge", "insistence", "hope", "fear", "concern", "contention", "statement",
            "announcement", "assessment", "conclusion", "finding", "theory", "position", "prediction", "vow",
            "admission", "complaint", "assurance", "expectation", "sense", "impression", "feeling", "opinion");

    /**
     * Nouns that state a position on a thing when a preposition or an infinitive follows ("his criticism of the
     * plan", "her call for a recount", "their refusal to testify"). Only nouns of a stance taken in words: with
     * nouns of action or intention ("decision to", "plan to", "bid for") the possessor is often not the source.
     */
    static final Set<String> STANCE_NOUNS = Set.of(
            "criticism", "opposition", "praise", "condemnation", "endorsement", "rejection", "denial", "call",
            "demand", "plea", "appeal", "pledge", "promise", "vow", "threat", "warning", "claim", "attack",
            "refusal", "insistence", "complaint");

    /** What may follow a stance noun to introduce its content. */
    static final Set<String> STANCE_PREPOSITIONS = Set.of("of", "for", "to", "on", "about", "against", "over");

    /** Possessive pronouns and the subject pronoun they resolve like. */
    static final java.util.Map<String, String> POSSESSIVES = java.util.Map.of(
            "his", "he", "her", "she", "their", "they", "its", "it", "my", "i", "our", "we", "your", "you");

    /** Verbs that credit a speaker only next to a quote in quote marks ("she continued: ..."). */
    static final Set<String> QUOTE_ONLY_VERBS = Set.of(
            "continue", "joke", "quip", "scoff", "shout", "yell", "exclaim", "muse", "laugh", "smile", "sigh",
            "chime", "begin", "read", "recall", "wonder", "cry", "plead", "put", "write", "add", "interject",
            "comment", "sing", "chant", "tweet", "post", "text", "email", "opine", "shoot", "fire", "hit");

    /** Verbs whose first object is the audience, skipped before the reported clause ("told reporters that"). */
    static final Set<String> AUDIENCE_VERBS = Set.of("tell", "ask", "inform", "assure", "warn", "remind", "urge");

    /** Words that make a noun phrase a news medium. */
    static final Set<String> MEDIA_WORDS = Set.of(
            "agency", "news", "newspaper", "paper", "channel", "broadcaster", "outlet", "magazine", "daily",
            "weekly", "tv", "television", "radio", "station", "network", "times", "post", "journal", "wire",
            "website", "tabloid", "gazette", "herald", "tribune", "press", "telegraph", "guardian", "independent",
            "reuters", "interfax", "tass", "ria", "novosti", "ap", "afp", "dpa", "bbc", "cnn", "nbc", "abc",
            "cbs", "msnbc", "npr", "fox", "politico", "axios", "bloomberg", "xinhua", "kommersant", "izvestia",
            "meduza", "vedomosti", "nexta", "newsweek", "breitbart", "huffpost", "buzzfeed", "vox", "slate",
            "cnbc", "pbs", "upi", "efe", "ansa", "kyodo", "yonhap", "al-jazeera", "jazeera", "spiegel", "bild",
            "economist", "telegram", "blog", "podcast", "show", "program", "programme", "publication");

    /** Descriptors that stand between an article and a source's name ("the news agency dpa"). */
    static final Set<String> DESCRIPTORS = Set.of(
            "agency", "channel", "newspaper", "paper", "outlet", "magazine", "daily", "weekly", "broadcaster",
            "website", "site", "network", "station", "tabloid", "publication", "service", "blog", "account",
            "portal", "group", "organization", "organisation", "ngo", "company", "firm", "party", "union",
            "institute", "think-tank", "tank", "spokesman", "spokeswoman", "spokesperson", "official", "minister",
            "president", "leader", "analyst", "expert", "lawyer", "historian", "researcher", "professor",
            "journalist", "reporter", "correspondent", "editor", "columnist", "blogger", "activist", "senator",
            "governor", "mayor", "chairman", "director", "chief", "head", "secretary", "commander");

    /** Nouns that are the carrier of a source rather than the source ("a statement from the ministry"). */
    static final Set<String> CARRIERS = Set.of(
            "statement", "report", "release", "post", "tweet", "letter", "interview", "message", "video",
            "analysis", "study", "survey", "poll", "document", "memo", "filing", "spokesman", "spokeswoman",
            "spokesperson", "representative", "data", "figures", "article", "story", "investigation", "email",
            "polls", "surveys", "studies", "reports", "records", "documents", "estimate", "estimates", "census",
            "research", "numbers", "statistics", "results", "count", "tally", "review", "audit", "assessment",
            "forecast", "projection", "projections", "model", "footage", "photo", "photos", "image", "images",
            "map", "chart", "graph", "exit");

    /** Third-person pronouns that can be resolved to an earlier name. */
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");

    /** The writer, the reader, anyone or an expletive ("it seems"): a belief held by them is not reported as a quote. */
    static final Set<String> NON_SOURCE_PRONOUNS = Set.of("i", "we", "you", "one", "it", "this", "that", "there");

    /**
     * Verbs by which a document or measurement reports a finding ("the poll shows a tie", "records indicate
     * ..."); with such a subject a noun-phrase object is the attributed content.
     */
    static final Set<String> FINDING_VERBS = Set.of(
            "show", "find", "reveal", "indicate", "suggest", "estimate", "put", "project", "give", "confirm",
            "document", "list", "detail", "record", "predict");

    /** All subject pronouns that can stand as a speaker. */
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you");

    /** Courtesy titles that tell a person's gender. */
    static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "sir", "lord");
    static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "madam");

    /** Words joining a noun phrase to its complement inside a speaker phrase ("a spokesman for the ministry"). */
    static final Set<String> NP_CONNECTORS = Set.of("of", "for", "at", "from", "in", "with", "on");

    /** Adverbs and auxiliaries allowed between a subject and its speech verb ("he also said", "has said"). */
    static final Set<String> AUX = Set.of(
            "has", "have", "had", "will", "would", "also", "later", "then", "reportedly", "previously", "once",
            "again", "further", "repeatedly", "publicly", "recently", "allegedly", "earlier", "did", "does", "do",
            "could", "might", "may", "can", "should", "must", "is", "are", "was", "were", "be", "been", "being",
            "not", "n't", "never", "often", "always", "already", "still", "even", "just", "first", "last",
            "explicitly", "openly", "privately", "quietly", "flatly", "bluntly", "simply", "clearly");
}
