package org.parallax.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into plain-text {@link SearchHit.Fragment}s, matches marked as such, rather than
 * into markup: article text is untrusted, so escaping and highlighting belong to whoever draws it. Runs of white
 * space become one space; passages that do not touch are separated by an ellipsis.
 */
final class SnippetFormatter extends PassageFormatter {
    static final String GAP = " … ";

    @Override
    public Object format(Passage[] passages, String content) {
        List<SearchHit.Fragment> out = new ArrayList<>();
        int previousEnd = -1;
        for (Passage p : passages) {
            if (previousEnd >= 0 && p.getStartOffset() > previousEnd) {
                add(out, GAP, false);
            }
            int pos = p.getStartOffset();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = Math.max(pos, p.getMatchStarts()[i]);
                int end = Math.min(p.getEndOffset(), p.getMatchEnds()[i]);
                if (start > pos) {
                    add(out, content.substring(pos, start), false);
                }
                if (end > start) {
                    add(out, content.substring(start, end), true);
                }
                pos = Math.max(pos, end);
            }
            if (pos < p.getEndOffset()) {
                add(out, content.substring(pos, p.getEndOffset()), false);
            }
            previousEnd = p.getEndOffset();
        }
        return trimmed(out);
    }

    /** Appends text, joining it to the last fragment when both are (or are not) matches. */
    private static void add(List<SearchHit.Fragment> out, String text, boolean match) {
        String flat = text.replaceAll("\\s+", " ");
        if (flat.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).match() == match) {
            SearchHit.Fragment last = out.remove(out.size() - 1);
            flat = last.text() + flat;
        }
        out.add(new SearchHit.Fragment(flat, match));
    }

    /** The fragments without white space at the very start and end. */
    private static List<SearchHit.Fragment> trimmed(List<SearchHit.Fragment> fragments) {
        List<SearchHit.Fragment> out = new ArrayList<>(fragments);
        if (!out.isEmpty() && !out.get(0).match()) {
            out.set(0, new SearchHit.Fragment(out.get(0).text().stripLeading(), false));
        }
        int last = out.size() - 1;
        if (last >= 0 && !out.get(last).match()) {
            out.set(last, new SearchHit.Fragment(out.get(last).text().stripTrailing(), false));
        }
        out.removeIf(f -> f.text().isEmpty());
        return List.copyOf(out);
    }
}
