package org.parallax.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parallax.model.Article;
import org.parallax.model.Evidence;
import org.parallax.model.QuoteVariant;

/**
 * The spans of one event's article texts that its dossier points at. The dossier sections ask it for the anchor of
 * each item's sentence (registering the span) and link to it; the article texts, rendered after them, then mark
 * every registered span. An item whose article is not in the event, or whose span cannot be found, gets no anchor
 * and is shown without a link.
 */
final class Highlights {
    private final Map<String, Article> articles = new HashMap<>();
    /** Per article, the marks by span; one mark per span, so two items with the same sentence share its anchor. */
    private final Map<String, TreeMap<Long, Mark>> marks = new HashMap<>();

    Highlights(List<Article> articles) {
        for (Article a : articles) {
            this.articles.putIfAbsent(a.id(), a);
        }
    }

    /** The anchor of an evidence sentence (or quoted span), or null. */
    String evidence(Evidence e) {
        return e == null ? null : span(e.articleId(), e.sentence(), e.start(), e.end(), false);
    }

    /**
     * The anchor of an evidence sentence that reports a value of a conflicting figure, or null; the sentence stays
     * marked as such in its article, so a reader of the articles side by side sees where they disagree.
     */
    String conflictEvidence(Evidence e) {
        return e == null ? null : span(e.articleId(), e.sentence(), e.start(), e.end(), false, true);
    }

    /** The anchor of a quote rendering's words, or null. */
    String quote(QuoteVariant v) {
        return v == null ? null : span(v.articleId(), v.text(), v.start(), v.end(), false);
    }

    /** The anchor of {@code sentence}, wherever it stands in the article, or null (citations carry no offsets). */
    String sentence(String articleId, String sentence) {
        Article a = articleId == null ? null : articles.get(articleId);
        if (a == null || sentence == null) {
            return null;
        }
        int[] span = TextSpans.find(a.text(), sentence);
        return span == null ? null : register(a.id(), span, false);
    }

    /** The anchor of a passage shared with other articles, found in the article's text, or null; shown highlighted. */
    String passage(String articleId, String passage) {
        Article a = articleId == null ? null : articles.get(articleId);
        if (a == null) {
            return null;
        }
        int[] span = TextSpans.find(a.text(), passage);
        return span == null ? null : register(a.id(), span, true);
    }

    /** The anchor of the first place {@code term} (a framing term, a description) stands in the article, or null. */
    String term(String articleId, String term) {
        Article a = articleId == null ? null : articles.get(articleId);
        if (a == null) {
            return null;
        }
        int[] span = TextSpans.findTerm(a.text(), term);
        return span == null ? null : register(a.id(), span, false);
    }

    /** The marks registered so far in article {@code articleId}, by position. */
    List<Mark> marksOf(String articleId) {
        TreeMap<Long, Mark> m = marks.get(articleId);
        return m == null ? List.of() : new ArrayList<>(m.values());
    }

    private String span(String articleId, String expected, int start, int end, boolean wire) {
        return span(articleId, expected, start, end, wire, false);
    }

    private String span(String articleId, String expected, int start, int end, boolean wire, boolean conflict) {
        Article a = articleId == null ? null : articles.get(articleId);
        if (a == null) {
            return null;
        }
        int[] span = TextSpans.locate(a.text(), expected, start, end);
        return span == null ? null : register(a.id(), span, wire, conflict);
    }

    private String register(String articleId, int[] span, boolean wire) {
        return register(articleId, span, wire, false);
    }

    /** One mark per span: a span registered twice keeps its anchor and is shared text or conflicting if either is. */
    private String register(String articleId, int[] span, boolean wire, boolean conflict) {
        long key = ((long) span[0] << 32) | span[1];
        Mark m = marks.computeIfAbsent(articleId, k -> new TreeMap<>()).merge(key,
                new Mark(span[0], span[1], Anchors.of(articleId, span[0], span[1]), wire, conflict),
                (old, added) -> new Mark(old.start(), old.end(), old.anchor(), old.wire() || added.wire(),
                        old.conflict() || added.conflict()));
        return m.anchor();
    }
}
