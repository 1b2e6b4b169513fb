package org.parallax.clean;

import java.util.Set;

/**
 * Generic word classes the line features use. These are the words any site's chrome is made of (calls to follow,
 * share or donate, social network names, navigation labels), plus small closed classes of English grammar (finite
 * verbs, reporting verbs) that tell a sentence from a label. Nothing here comes from a particular outlet.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    /** Verbs that open a call to action addressed to the reader ("Follow us", "Sign up", "Please support"). */
    static final Set<String> CALL_VERBS = Set.of("follow", "subscribe", "share", "support", "donate", "contact",
            "comment", "click", "tap", "download", "join", "connect", "like", "register", "contribute", "give",
            "visit", "watch", "listen", "send", "email", "e-mail", "read", "sign", "log", "get", "become", "help",
            "check", "tell", "find", "discover", "explore", "see", "leave", "write", "pledge", "chip", "stay",
            "keep");

    /**
     * Call verbs that, opening a sentence, make it a call whatever their object: reports do not tell the reader to
     * subscribe, donate or listen.
     */
    static final Set<String> STRONG_CALL_VERBS = Set.of("subscribe", "donate", "listen", "watch", "download",
            "unsubscribe");

    /** Words that may precede an imperative without changing it ("Please support", "Also, sign up"). */
    static final Set<String> CALL_OPENERS = Set.of("please", "also", "and", "or", "so", "then", "now", "just",
            "today", "why", "not");

    /** Words before "to" that lead into a call ("want to contact us?", "don't forget to share"). */
    static final Set<String> CALL_LEADS = Set.of("want", "sure", "forget", "remember", "like", "love", "wish",
            "free", "here");

    /** What a call to action points at: the reader, the outlet, or a place on the page. */
    static final Set<String> CALL_TARGETS = Set.of("you", "your", "yours", "us", "our", "here", "below");

    /** What "this" points at in "Share this article": the page itself. */
    static final Set<String> PAGE_NOUNS = Set.of("article", "story", "page", "post", "video", "piece", "report",
            "link");

    /** Second person and first person plural: the page speaking to its reader. */
    static final Set<String> ADDRESS = Set.of("you", "your", "yours", "yourself", "us", "our", "we", "let's",
            "lets");

    /** Names of networks and channels that only appear in follow/share links. */
    static final Set<String> LINK_WORDS = Set.of("facebook", "twitter", "instagram", "linkedin", "youtube", "tiktok",
            "telegram", "whatsapp", "flipboard", "pinterest", "reddit", "snapchat", "mastodon", "bluesky", "rss",
            "newsletter", "newsletters", "podcast", "podcasts", "email", "e-mail", "feed", "app", "threads",
            "googlenews", "viber", "wechat", "vk", "vkontakte", "substack", "patreon", "paypal");

    /** Generic words of page furniture: subscriptions, donations, ads, cookies, comments, legal notices. */
    static final Set<String> BOILER_WORDS = Set.of("subscribe", "subscribed", "subscriber", "subscribers",
            "subscription", "subscriptions", "unsubscribe", "newsletter", "newsletters", "donate", "donation",
            "donations", "donor", "donors", "membership", "cookie", "cookies", "advertisement", "advertising",
            "advertisements", "sponsored", "copyright", "comments", "comment", "paywall", "newsletter's",
            "signup", "login", "logout", "bookmark", "bookmarks", "recommended", "trending", "readers", "supporters",
            "journalism", "abonnieren", "abonnement", "spenden", "werbung", "anzeige", "kommentare", "partager",
            "abonnez-vous", "publicité", "commentaires", "suscríbete", "suscribirse", "publicidad", "comentarios",
            "iscriviti", "pubblicità", "commenti", "reclame", "abonneer", "подписаться", "реклама", "комментарии");

    /** Words of appeals to readers for money or loyalty; a weak sign that a short closing line belongs to one. */
    static final Set<String> APPEAL_WORDS = Set.of("readers", "reader", "supporters", "support", "donate",
            "donation", "donations", "donor", "donors", "membership", "members", "subscribe", "subscribers",
            "subscription", "journalism", "thanks", "thank", "newsletter", "independent", "together", "contribution",
            "contributions", "supporting", "funded", "donating", "monthly");

    /** Word pairs of page furniture that are ordinary words alone. */
    static final Set<String> BOILER_PAIRS = Set.of("follow us", "sign up", "signing up", "sign in", "log in",
            "read more", "share this", "rights reserved", "privacy policy", "terms of", "related articles",
            "related stories", "related topics", "more stories", "most read", "most popular", "recurring donation",
            "thanks to its", "thanks to our", "thank you", "support us", "support our", "contact us", "join us",
            "google news", "apple news", "click here", "tap here", "share on", "more from", "read next",
            "use cookies", "use of cookies", "accept cookies", "cookie policy", "cookie settings", "accept all",
            "see also", "also read", "read also", "further reading", "more on this", "notify me", "powered by",
            "all posts", "latest posts", "leave a reply", "post a comment", "share it", "like it");

    /** Headings of lists of links to other pages, on a line of their own ("Most read", "More on this story"). */
    static final Set<String> LIST_HEADINGS = Set.of("most read", "most popular", "most viewed", "most shared",
            "more on this story", "more stories", "more news", "top stories", "latest news", "latest stories",
            "related articles", "related stories", "related coverage", "related news", "related content",
            "you may also like", "you might also like", "recommended for you", "editor's picks", "editors' picks",
            "read next", "up next", "more from", "trending now", "popular now", "in other news", "also in the news",
            "das könnte sie auch interessieren", "meistgelesen", "meistgelesene artikel", "weitere artikel",
            "à lire aussi", "les plus lus", "lo más leído", "más noticias", "i più letti", "meest gelezen");

    /** Labels that open a line of links to other pages ("Read more: ...", "Related: ..."). */
    static final Set<String> LINK_LABELS = Set.of("read more", "related", "see also", "also read", "read also",
            "more", "watch", "listen", "recommended", "further reading", "more on this", "read next", "up next",
            "most read", "popular", "trending", "related articles", "related stories", "related coverage",
            "also on", "don't miss", "mehr zum thema", "lesen sie auch", "lire aussi", "à lire aussi", "leer más",
            "lee también", "leggi anche", "lees ook", "читайте также",
            // tag lists: "Tags: Valmora, floods, transport"
            "tags", "tag", "tagged", "topics", "topic", "filed under", "keywords", "categories", "category",
            "more on", "themen", "schlagworte", "mots-clés", "etiquetas", "temi");

    /** Words of newsroom and outlet names; a byline segment made of them names no person ("Valmora Courier"). */
    static final Set<String> MEDIA_WORDS = Set.of("news", "times", "post", "courier", "press", "agency", "herald",
            "journal", "daily", "tribune", "media", "radio", "tv", "network", "staff", "correspondent", "reporter",
            "editor", "writer", "desk", "service", "services", "wire", "online", "magazine", "gazette", "observer",
            "chronicle", "reuters", "afp", "ap", "dpa", "bureau", "team", "newsroom", "digital", "weekly",
            "monitor", "review", "telegraph", "standard", "express", "mail", "mirror", "guardian", "independent");

    /** Words of organisation names other than newsrooms; a byline segment with one names an affiliation. */
    static final Set<String> ORGANISATION_WORDS = Set.of("broadcasting", "broadcaster", "corporation", "company",
            "group", "institute", "foundation", "association", "university", "college", "channel", "publishing",
            "publications", "syndicate", "council", "ministry", "department", "office", "bank", "inc", "ltd", "llc",
            "gmbh", "plc", "international", "associated", "presse", "nachrichten", "zeitung", "agentur", "agence",
            "agencia", "agenzia", "stampa", "prensa");

    /** Words of navigation bars and page controls; a short line made only of these (and small words) is chrome. */
    static final Set<String> NAV_WORDS = Set.of("menu", "search", "home", "homepage", "skip", "content", "contents",
            "main", "navigation", "nav", "close", "open", "back", "top", "sign", "in", "up", "log", "out", "login",
            "logout", "register", "subscribe", "account", "my", "toggle", "more", "sections", "section", "next",
            "previous", "prev", "share", "print", "email", "comments", "advertisement", "ad", "ads", "loading",
            "play", "listen", "audio", "page", "table", "of", "help", "contact", "us", "about", "faq", "settings",
            "to", "the", "and", "a", "go", "continue", "reading", "show", "hide", "all", "tweet", "pin", "whatsapp",
            "facebook", "twitter", "linkedin", "telegram", "copy", "link", "newsletter", "newsletters", "log-in",
            "sign-in", "e-mail", "mail", "here", "click", "view", "load", "options", "edition", "language",
            "advertising", "sponsored", "related", "follow", "rss", "feeds", "feed", "privacy", "policy", "terms",
            "cookies", "cookie", "accept", "reject", "manage", "preferences", "watch", "video", "live", "photos",
            "gallery", "subscriber", "subscribers", "only", "premium", "donate", "support", "trending", "posts",
            "stories", "story", "tags", "tag", "categories", "category", "archive", "archives", "filed", "under",
            "sitemap", "imprint", "english", "latest", "popular", "most", "read", "news", "by", "powered", "comment",
            "reply", "replies", "leave", "post", "shares", "likes",
            // the same page furniture in the other languages of the language profiles
            "kontakt", "impressum", "datenschutz", "drucken", "kommentieren", "teilen", "suche", "suchen",
            "startseite", "anmelden", "abmelden", "registrieren", "menü", "deutsch", "nachrichten", "mehr",
            "accueil", "rechercher", "connexion", "partager", "imprimer", "français", "commenter", "inicio",
            "buscar", "contacto", "compartir", "imprimir", "español", "accedi", "cerca", "condividi", "stampa",
            "contatti", "italiano", "zoeken", "delen", "printen", "inloggen", "nederlands", "szukaj", "udostępnij",
            "drukuj", "polski", "kontakty", "поиск", "поделиться", "войти", "меню", "контакты", "главная",
            "пошук", "головна", "увійти");

    /** Finite verbs and auxiliaries common in news English; their presence makes a line a sentence, not a label. */
    static final Set<String> FINITE_VERBS = Set.of("is", "are", "was", "were", "am", "has", "have", "had", "does",
            "do", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "said", "says",
            "told", "tells", "went", "goes", "came", "comes", "made", "makes", "took", "takes", "gave", "gives",
            "got", "gets", "saw", "sees", "knew", "knows", "thought", "thinks", "found", "finds", "left", "leaves",
            "met", "meets", "held", "holds", "began", "begins", "became", "becomes", "brought", "brings", "kept",
            "keeps", "felt", "feels", "ran", "runs", "won", "wins", "lost", "loses", "fell", "falls", "rose",
            "rises", "sent", "sends", "spoke", "speaks", "wrote", "writes", "led", "leads", "paid", "pays", "stood",
            "stands", "heard", "hears", "meant", "means", "put", "puts", "let", "lets", "sat", "sits", "wants",
            "needs", "seems", "appears", "remains", "calls", "shows", "plans", "faces", "hits", "sets", "warns",
            "vows", "urges", "denies", "admits", "claims", "rejects", "backs", "ends", "opens", "closes",
            "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "don't", "doesn't", "didn't", "hasn't",
            "haven't", "hadn't", "wouldn't", "couldn't", "shouldn't", "it's", "he's", "she's", "they're", "we're",
            "there's", "that's");

    /** Irregular past forms common in news that {@link #FINITE_VERBS} leaves out: a sentence with one tells. */
    static final Set<String> PAST_FORMS = Set.of("shot", "struck", "fled", "fought", "sold", "bought", "caught",
            "drove", "flew", "broke", "chose", "spent", "hid", "rode", "shook", "stole", "swore", "tore", "woke",
            "wore", "ate", "drank", "sang", "sank", "forgot", "forgave", "froze", "grew", "threw", "blew", "drew",
            "swam", "beat", "bit", "built", "dealt", "dug", "fed", "fit", "forbade", "hung", "hurt", "laid", "lent",
            "lit", "quit", "rang", "sought", "shut", "slid", "split", "spread", "stuck", "stung", "swept", "swung",
            "taught", "understood", "wept", "withdrew", "wound", "overturned", "died");

    /** Verbs of reporting: a line with one of them is a report of what someone said, i.e. content. */
    static final Set<String> REPORTING_VERBS = Set.of("said", "says", "told", "tells", "reported", "reports",
            "according", "announced", "added", "stated", "noted", "notes", "explained", "claimed", "wrote", "asked",
            "confirmed", "denied", "insisted", "warned", "argued", "estimated", "recalled", "testified", "declared");

    /** Abbreviations that end in a period inside a sentence ("Gov. Sarah Palin", "Mt. Cook"). */
    static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen",
            "lt", "col", "capt", "sgt", "cpl", "adm", "maj", "st", "mt", "ft", "jr", "sr", "inc", "co", "corp",
            "ltd", "no", "nos", "vs", "etc", "rev", "hon", "pres", "supt", "det", "insp", "atty", "jan", "feb",
            "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "approx", "dept", "univ", "ave", "blvd",
            "calif", "fla", "mass", "penn", "wash", "tex", "ariz", "colo", "conn", "ill", "mich", "minn", "wis");

    /** Forms of "to be" that make the next participle passive ("must be told"). */
    static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "been", "being", "is", "are", "was", "were");

    /** Job titles of a bio line ("NAME is a reporter at ...", "NAME is X's Breaking News Editor."). */
    static final Set<String> ROLES = Set.of("editor", "reporter", "correspondent", "writer", "journalist",
            "columnist", "contributor", "author", "producer", "analyst", "fellow", "researcher", "freelancer",
            "freelance", "host", "photographer", "blogger", "commentator", "novelist", "critic", "anchor", "intern",
            "editor-at-large", "staffer", "reporter-at-large", "newsletter", "podcaster");

    /** Labels that introduce the author block at the end of an article ("Written By", "About the author"). */
    static final Set<String> AUTHOR_LABELS = Set.of("written by", "about the author", "about the authors",
            "author", "authors", "words by", "reporting by", "by");

    /** Words that open a clause, not a picture description: pronouns, conjunctions, demonstratives. */
    static final Set<String> CLAUSE_OPENERS = Set.of("he", "she", "they", "it", "we", "i", "you", "this", "that",
            "these", "those", "there", "here", "when", "while", "but", "and", "or", "so", "if", "instead",
            "because", "although", "though", "as", "after", "before", "since", "then", "yet", "what", "who",
            "which", "where", "why", "how", "his", "her", "their", "its", "our", "my", "your");

    /** Articles: a line opening with one is a noun phrase in a sentence, not a caption naming someone. */
    static final Set<String> ARTICLES = Set.of("the", "a", "an", "all", "some", "many", "most", "one", "two");

    /** Prepositions and other small words that, capitalised at the start of a line, are not part of a name. */
    static final Set<String> FUNCTION_WORDS = Set.of("in", "on", "at", "by", "for", "with", "from", "after",
            "during", "despite", "without", "about", "amid", "among", "to", "of", "into", "over", "under", "since",
            "until", "upon", "while", "when", "as", "the", "a", "an", "and", "but", "or", "if", "then", "not", "no");

    /** Words of a search box's prompt ("What are you looking for?", "Type to search"). */
    static final Set<String> SEARCH_WORDS = Set.of("search", "searching", "looking", "find", "type", "enter",
            "keyword",
            "keywords", "suchen", "suche", "rechercher", "buscar", "cerca", "zoeken", "поиск");
}
