package org.parallax.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the main text of a news page. Page furniture (navigation, the page's header, footer, asides, forms,
 * scripts, figures and their captions, and blocks whose class or id says comments, sharing, related links, promotion
 * and the like, see {@link NameHints}) is removed first. Then, readability-style, every paragraph scores its
 * container by its length and commas; containers are weighted by what their class and id suggest and by how much of
 * their text is links; the best container, widened to its {@code <article>}, and its siblings that score nearly as
 * well are kept. A jusText-style judgement of each block ({@link DenseBlocks}) trims the container's trailing
 * boilerplate and overrides the container when it finds more text. The text is written as one paragraph per
 * heading, paragraph or list item, separated by blank lines ({@link TextBlocks}).
 */
public final class MainTextExtractor {
    /** Elements that never hold article text. */
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "button", "input", "select", "textarea", "object", "embed", "video", "audio", "picture", "img",
            "map", "head", "link", "meta", "figcaption");
    /**
     * Page parts around the article, and elements hidden from readers. Removed unless they hold most of the page:
     * broken markup leaves a {@code <header>} unclosed around everything, and ASP.NET wraps pages in a form.
     */
    private static final String PAGE_PARTS = "form, nav, footer, aside, figure, dialog, menu, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[role=search], [role=dialog], [role=menu], [role=menubar]";
    /** Markup that declares the article body itself; its containers are never furniture. */
    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody], [itemprop=text]");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "br", "hr", "address", "center", "body", "tbody", "thead", "caption", "details", "summary");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    /** Shortest paragraph that says anything about where the article is. */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** A furniture-named block holding more than this share of the page's text is the article after all. */
    private static final double MAX_REMOVED_SHARE = 0.5;
    /**
     * A block named as furniture is kept when it holds this many paragraphs of at least
     * {@link #LONG_PARAGRAPH_CHARS} (unless it is named as comments, sharing etc. and nothing positive): share bars
     * and teasers do not, article bodies misnamed by their layout ({@code entry-content-read-more}) do.
     */
    private static final int MIN_LONG_PARAGRAPHS_KEPT = 2;
    private static final int LONG_PARAGRAPH_CHARS = 80;
    /** ...or this many characters in long paragraph-like blocks with few links (blogs writing with br). */
    private static final int MIN_ARTICLE_TEXT_KEPT = 500;
    /** An {@code <article>} with more link text than this share is a list of stories, not the story. */
    private static final double MAX_ARTICLE_LINK_DENSITY = 0.3;
    /** Containers scoring this share of the best are its rivals; this many of them under one ancestor promote it. */
    private static final double RIVAL_SHARE = 0.75;
    private static final int MIN_RIVALS = 3;
    /** A sibling of the best container joins it when it scores this much, or this share of the best's score. */
    private static final double MIN_SIBLING_SCORE = 10;
    private static final double MIN_SIBLING_SHARE = 0.2;
    /** A lone sibling paragraph joins when long with few links, or short without links but ending a sentence. */
    private static final double MAX_LONE_PARAGRAPH_LINK_DENSITY = 0.25;
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?: |$)");

    private MainTextExtractor() {
    }

    /**
     * The main text of {@code doc} (which is left unchanged), paragraphs separated by blank lines.
     *
     * <p>Two opinions are formed on the pruned page: the container whose paragraphs score best (readability-style,
     * widened to its enclosing {@code <article>}), and block-by-block verdicts on length and link density
     * ({@link DenseBlocks}, jusText-style). The container's text is used, without the trailing blocks the verdicts
     * reject (share prompts, "more on this topic", tags); when the verdicts find more text than that, the
     * container was the wrong one (a recipe, a product page) and their text is used instead.
     */
    public static String extract(Document doc) {
        Element body = prunedBody(doc);
        if (body == null) {
            return "";
        }
        Element best = enclosingArticle(widen(bestContainer(body), body), body);
        Set<Element> parts = Collections.newSetFromMap(new IdentityHashMap<>());
        parts.addAll(best == null ? List.of(body) : withGoodSiblings(best));
        List<TextBlock> all = TextBlocks.of(body, parts);
        boolean[] good = DenseBlocks.verdicts(all);
        List<String> main = TextBlocks.keptText(withoutRejectedTail(all, good));
        List<String> dense = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (good[i]) {
                dense.add(all.get(i).text());
            }
        }
        return String.join("\n\n", chars(dense) > chars(main) ? dense : main);
    }

    /**
     * The blocks inside the chosen container, up to the last one that the block verdicts accept; all of them when
     * the verdicts accept none (a short page gives them too little to judge).
     */
    private static List<TextBlock> withoutRejectedTail(List<TextBlock> all, boolean[] good) {
        int last = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).inMain() && good[i]) {
                last = i;
            }
        }
        if (last < 0) {
            last = all.size() - 1;
        }
        // A list closing the article is part of it: its items are too short for the verdicts to accept.
        while (last + 1 < all.size() && all.get(last + 1).inMain() && all.get(last + 1).listItem()
                && all.get(last + 1).kind() == TextBlock.Kind.TEXT) {
            last++;
        }
        List<TextBlock> main = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            if (all.get(i).inMain()) {
                main.add(all.get(i));
            }
        }
        return main;
    }

    private static int chars(List<String> texts) {
        int n = 0;
        for (String t : texts) {
            n += t.length();
        }
        return n;
    }

    /** A copy of the page's body without its furniture; null when the page has no body. */
    static Element prunedBody(Document doc) {
        Element body = doc.clone().body();
        if (body != null) {
            removeFurniture(body);
        }
        return body;
    }

    private static void removeFurniture(Element body) {
        unwrapNoscriptHoldingThePage(body);
        removeAll(body.select(String.join(", ", NEVER_TEXT)));
        Pruning pruning = new Pruning(body);
        for (Element e : body.select(PAGE_PARTS)) {
            pruning.removeIfMinor(e);
        }
        for (Element e : body.getElementsByTag("header")) {
            // A page's header is furniture; an article's header holds its headline and lead paragraph.
            if (e.closest("article, main, [itemprop=articleBody]") == null) {
                pruning.removeIfMinor(e);
            }
        }
        for (Element e : body.select("[style]")) {
            if (HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                pruning.removeIfMinor(e);
            }
        }
        for (Element e : body.select("[class], [id]")) {
            if (!e.tagName().equals("article") && !e.tagName().equals("main") && isNamedFurniture(e)
                    && e.selectFirst(ARTICLE_BODY) == null) {
                pruning.removeIfMinor(e);
            }
        }
        removeAll(pruning.doomed);
    }

    /**
     * Keeps the content of {@code <noscript>} elements when they hold more text than the rest of the page: some
     * pages serve their whole text to readers without scripts only.
     */
    private static void unwrapNoscriptHoldingThePage(Element body) {
        List<Element> outer = new ArrayList<>();
        int inside = 0;
        for (Element n : body.getElementsByTag("noscript")) {
            if (n.parent() == null || n.parent().closest("noscript") == null) {
                outer.add(n);
                inside += n.text().length();
            }
        }
        if (inside > 0 && inside > body.text().length() - inside) {
            for (Element n : outer) {
                n.unwrap();
            }
        }
    }

    /**
     * Removes the elements, rebuilding each parent's child list once: removing children one by one costs time
     * proportional to the number of siblings each time, which a page of 100,000 sibling boxes turns into minutes.
     */
    private static void removeAll(Collection<Element> elements) {
        Set<Node> doomed = Collections.newSetFromMap(new IdentityHashMap<>());
        doomed.addAll(elements);
        Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> order = new ArrayList<>();
        for (Element e : elements) {
            Element parent = e.parent();
            if (parent != null && parents.add(parent)) {
                order.add(parent);
            }
        }
        for (Element parent : order) {
            List<Node> kept = new ArrayList<>();
            for (Node child : parent.childNodes()) {
                if (!doomed.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        }
    }

    /**
     * True when the class or id names the element as furniture. Layout classes are loose ("zen-one-sidebar-second"
     * wraps whole pages), so a block holding real paragraphs is not furniture unless it is named as comments,
     * sharing or the like and nothing positive.
     */
    private static boolean isNamedFurniture(Element e) {
        NameHints hints = NameHints.of(e);
        boolean strong = hints.strongNegative();
        boolean positive = hints.positive();
        if (!strong && !(hints.weakNegative() && !positive)) {
            return false;
        }
        return strong && !positive || !holdsArticleText(e);
    }

    /**
     * Decides which page parts go, tracking the text left in the page. A part holding more than
     * {@link #MAX_REMOVED_SHARE} of what is left is kept: it must be the article, whatever it is called.
     */
    private static final class Pruning {
        private final Element body;
        private final Set<Element> doomed = Collections.newSetFromMap(new IdentityHashMap<>());
        private int remaining;

        Pruning(Element body) {
            this.body = body;
            this.remaining = body.text().length();
        }

        void removeIfMinor(Element e) {
            if (e == body || insideDoomed(e)) {
                return;
            }
            int chars = e.text().length();
            if (chars <= remaining * MAX_REMOVED_SHARE) {
                doomed.add(e);
                remaining -= chars;
            }
        }

        private boolean insideDoomed(Element e) {
            for (Element a = e; a != null && a != body; a = a.parent()) {
                if (doomed.contains(a)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The number of paragraphs in {@code e} long enough to be article text rather than a teaser or a label. */
    private static int longParagraphs(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= LONG_PARAGRAPH_CHARS) {
                n++;
            }
        }
        return n;
    }

    /**
     * True when {@code e} holds {@link #MIN_LONG_PARAGRAPHS_KEPT} long {@code <p>} paragraphs, or
     * {@link #MIN_ARTICLE_TEXT_KEPT} characters in long paragraph-like blocks with few links (blogs that write
     * with {@code <br>} instead of {@code <p>}).
     */
    private static boolean holdsArticleText(Element e) {
        if (longParagraphs(e) >= MIN_LONG_PARAGRAPHS_KEPT) {
            return true;
        }
        int chars = 0;
        for (Element p : e.getAllElements()) {
            if (isParagraph(p)) {
                int length = p.text().length();
                if (length >= LONG_PARAGRAPH_CHARS && linkDensity(p) < MAX_LONE_PARAGRAPH_LINK_DENSITY) {
                    chars += length;
                }
            }
        }
        return chars >= MIN_ARTICLE_TEXT_KEPT;
    }

    /** The element whose paragraphs score highest, or null when the page has no paragraph of any length. */
    private static Element bestContainer(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> candidates = new ArrayList<>();
        for (Element p : body.getAllElements()) {
            if (!isParagraph(p)) {
                continue;
            }
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element ancestor = p.parent();
            for (int level = 0; level < 3 && ancestor != null; level++, ancestor = ancestor.parent()) {
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor));
                    candidates.add(ancestor);
                }
                scores.put(ancestor, scores.get(ancestor) + score / (level == 0 ? 1 : level * 2));
            }
        }
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Element c : candidates) {
            double s = scores.get(c) * (1 - linkDensity(c));
            scores.put(c, s);
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best == null ? null : commonAncestorOfRivals(best, bestScore, candidates, scores, body);
    }

    /**
     * The best container, or the nearest ancestor it shares with several near-equal rivals: an article split into
     * sections gives each section nearly the same score, and only their common ancestor holds the whole article.
     */
    private static Element commonAncestorOfRivals(Element best, double bestScore, List<Element> candidates,
                                                  Map<Element, Double> scores, Element body) {
        List<Element> rivals = new ArrayList<>();
        for (Element c : candidates) {
            if (c != best && scores.get(c) >= bestScore * RIVAL_SHARE && !isAncestor(c, best)
                    && !isAncestor(best, c)) {
                rivals.add(c);
            }
        }
        if (rivals.size() < MIN_RIVALS) {
            return best;
        }
        for (Element a = best.parent(); a != null && a != body; a = a.parent()) {
            int inside = 0;
            for (Element r : rivals) {
                if (isAncestor(a, r)) {
                    inside++;
                }
            }
            if (inside >= MIN_RIVALS) {
                return a;
            }
        }
        return best;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The container itself, or its nearest ancestor below {@code body} that holds more than it alone: layout
     * wrappers ({@code <div class=row><div class=column>}) often split one article into many single-child boxes,
     * and only at the level where the boxes are siblings can the rest of the article be found.
     */
    /**
     * The {@code <article>} around the best container, when there is one that is not mostly links: the container
     * chosen by its paragraphs often leaves out the article's lead, lists and subheadings.
     */
    private static Element enclosingArticle(Element best, Element body) {
        if (best == null) {
            return null;
        }
        Element a = best.parent() == null ? null : best.parent().closest("article");
        if (a == null || a == body || linkDensity(a) > MAX_ARTICLE_LINK_DENSITY) {
            return best;
        }
        return a;
    }

    private static Element widen(Element best, Element body) {
        Element e = best;
        while (e != null && e.parent() != null && e.parent() != body && e.parent().childrenSize() == 1) {
            e = e.parent();
        }
        return e;
    }

    /** The best container and those of its siblings that look like more of the same article. */
    private static List<Element> withGoodSiblings(Element best) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double bestScore = paragraphScore(best);
        double threshold = Math.max(MIN_SIBLING_SCORE, bestScore * MIN_SIBLING_SHARE);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best || paragraphScore(sibling) >= threshold || isGoodLoneParagraph(sibling)) {
                kept.add(sibling);
            }
        }
        return kept;
    }

    /** The score an element earns from the paragraphs inside it, damped by its link density. */
    private static double paragraphScore(Element e) {
        double score = 0;
        for (Element p : e.getAllElements()) {
            if (isParagraph(p) && p.text().length() >= MIN_PARAGRAPH_CHARS) {
                score += 1 + commas(p.text()) + Math.min(p.text().length() / 100.0, 3);
            }
        }
        return score * (1 - linkDensity(e));
    }

    private static boolean isGoodLoneParagraph(Element e) {
        if (!e.tagName().equals("p")) {
            return false;
        }
        String text = e.text();
        double links = linkDensity(e);
        return text.length() > LONG_PARAGRAPH_CHARS && links < MAX_LONE_PARAGRAPH_LINK_DENSITY
                || !text.isEmpty() && links == 0 && SENTENCE_END.matcher(text).find();
    }

    /** Paragraph tags, and divs that hold only inline content (many sites use them as paragraphs). */
    private static boolean isParagraph(Element e) {
        String tag = e.tagName();
        if (PARAGRAPHS.contains(tag)) {
            return true;
        }
        if (!tag.equals("div") && !tag.equals("section")) {
            return false;
        }
        for (Element child : e.children()) {
            // <br> breaks lines inside a paragraph-like div; any other block child makes it a container.
            if (BLOCKS.contains(child.tagName()) && !child.tagName().equals("br")) {
                return false;
            }
        }
        return true;
    }

    private static double initialScore(Element e) {
        double score = switch (e.tagName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    private static double classWeight(Element e) {
        NameHints hints = NameHints.of(e);
        return (hints.negative() ? -25 : 0) + (hints.positive() ? 25 : 0);
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / total);
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }
}
