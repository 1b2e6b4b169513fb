package org.parallax.ingest;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about it: article text ("entry-content", "story-body"), page
 * furniture ("sidebar", "nav") or, more surely, not article text ("comments", "share-bar", "post-ratings").
 *
 * <p>Each class name and the id is judged as a whole name, split into words at hyphens, underscores, digits and
 * camel-case humps: in "post-ratings" or "articleMostViewed" the negative word qualifies the positive one, so a
 * name holding any negative word counts as negative and only a name with positive words and no negative one counts
 * as positive.
 */
record NameHints(boolean strongNegative, boolean weakNegative, boolean positive) {
    /** Words that mark a block as not article text, whatever else the names say. */
    private static final Pattern STRONG_NEGATIVE = Pattern.compile("(?:^|-)(?:(?:comment(?!ary)|share|sharing"
            + "|sharer|social|sociable|related|similar|promo|newsletter|subscri|advert|sponsor|outbrain|taboola"
            + "|recommend|cookie|consent|popup|modal|caption|credit|byline|disqus|signup|trending|rating"
            + "|breadcrumb|crumbs|mostviewed|mostread|popular|authorbox|author|avatar|akismet|syndication"
            + "|lightbox|nocomments|reply|respond)[a-z]*|ads?|pop-up|author-?bio|most-?(?:read|popular|viewed)"
            + "|more-?stories|read-?more|also-?read|see-?also|next-?post|prev(?:ious)?-?post)(?:$|-)");
    /** Words that mark page furniture unless the block turns out to hold real paragraphs. */
    private static final Pattern WEAK_NEGATIVE = Pattern.compile("(?:^|-)(?:sidebar|footer|header|masthead"
            + "|menu|nav|navbar|navigation|subnav|breadcrumbs?|banner|widget|pagination|pager|tags?|tagcloud|rss"
            + "|skip|toolbar|meta|metadata|postmetadata|combx|community|shoutbox|sitemap|button|btn|icons?"
            + "|login|search|contact|download|paywall)(?:$|-)");
    /** WordPress labels a post with its taxonomy ("tag-harbour", "category-news"): not furniture. */
    private static final Pattern TAXONOMY = Pattern.compile("^(?:tag|category)-.");
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|main|page|post|story"
            + "|text|blog|hentry|h-entry");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z])([A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final NameHints NONE = new NameHints(false, false, false);

    /** The hints in the class names and id of {@code e}. */
    static NameHints of(Element e) {
        String classes = e.className();
        String id = e.id();
        if (classes.isEmpty() && id.isEmpty()) {
            return NONE;
        }
        boolean strong = false;
        boolean weak = false;
        boolean positive = false;
        for (String name : WHITESPACE.split((classes + " " + id).strip())) {
            String words = words(name, true);
            if (words.isEmpty() || TAXONOMY.matcher(words).find()) {
                continue;
            }
            boolean s = STRONG_NEGATIVE.matcher(words).find();
            boolean w = WEAK_NEGATIVE.matcher(words).find();
            strong |= s;
            weak |= w;
            positive |= !s && !w && POSITIVE.matcher(words).find();
        }
        return new NameHints(strong, weak, positive);
    }

    /** True when some name says furniture of either kind. */
    boolean negative() {
        return strongNegative || weakNegative;
    }

    /**
     * The name lower-cased, its words joined by single hyphens: "articleMost_viewed2" gives "article-most-viewed",
     * or "articlemost-viewed" when camel-case humps are not split.
     */
    static String words(String name, boolean splitCamelCase) {
        String split = (splitCamelCase ? CAMEL_HUMP.matcher(name).replaceAll("$1-$2") : name)
                .toLowerCase(java.util.Locale.ROOT);
        return SEPARATORS.matcher(split).replaceAll("-").replaceAll("^-|-$", "");
    }
}
