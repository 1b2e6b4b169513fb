package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A second opinion on a page's main text, jusText-style: every block of the (pruned) page is judged on its own
 * length and link density, then short and middling blocks take the verdict of their neighbours. It knows nothing of
 * the page's structure, so it recovers article text that sits in a box the container scoring did not choose
 * (recipes, product pages, forum posts), at the price of letting through long blocks of boilerplate.
 */
final class DenseBlocks {
    /** A block shorter than this is short: it takes its verdict from its neighbours. */
    static final int SHORT_CHARS = 50;
    /** A block at least this long with few links is article text on its own. */
    static final int GOOD_CHARS = 200;
    /** A block with more link text than this share is boilerplate. */
    static final double MAX_LINK_DENSITY = 0.3;
    /** A heading is kept when a good block starts within this many characters after it. */
    static final int HEADING_REACH = 200;

    private enum Verdict { GOOD, NEAR_GOOD, SHORT, BAD }

    private DenseBlocks() {
    }

    /** The blocks judged to be article text, in order. */
    static List<TextBlock> good(List<TextBlock> blocks) {
        boolean[] good = verdicts(blocks);
        List<TextBlock> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (good[i]) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    /** For each block, whether it is judged to be article text. */
    static boolean[] verdicts(List<TextBlock> blocks) {
        int n = blocks.size();
        Verdict[] first = new Verdict[n];
        for (int i = 0; i < n; i++) {
            first[i] = judge(blocks.get(i));
        }
        Verdict[] revised = first.clone();
        for (int i = 0; i < n; i++) {
            if (first[i] == Verdict.SHORT || first[i] == Verdict.NEAR_GOOD) {
                Verdict before = neighbour(first, i, -1);
                Verdict after = neighbour(first, i, 1);
                // A middling block is text unless bad blocks surround it; a short one needs a good neighbour and
                // no bad one.
                boolean good = first[i] == Verdict.NEAR_GOOD
                        ? before != Verdict.BAD || after != Verdict.BAD
                        : before == Verdict.GOOD && after != Verdict.BAD
                                || after == Verdict.GOOD && before != Verdict.BAD;
                revised[i] = good ? Verdict.GOOD : Verdict.BAD;
            }
        }
        boolean[] good = new boolean[n];
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            boolean heading = b.kind() == TextBlock.Kind.HEADING;
            good[i] = heading ? goodFollows(blocks, revised, i) : revised[i] == Verdict.GOOD;
        }
        return good;
    }

    private static Verdict judge(TextBlock b) {
        if (b.kind() == TextBlock.Kind.LINKS || b.linkDensity() > MAX_LINK_DENSITY) {
            return Verdict.BAD;
        }
        int length = b.text().length();
        if (b.kind() == TextBlock.Kind.HEADING || length < SHORT_CHARS) {
            return Verdict.SHORT;
        }
        return length >= GOOD_CHARS ? Verdict.GOOD : Verdict.NEAR_GOOD;
    }

    /** The first verdict other than short in direction {@code step} from {@code at}; the page's edges are bad. */
    private static Verdict neighbour(Verdict[] verdicts, int at, int step) {
        for (int i = at + step; i >= 0 && i < verdicts.length; i += step) {
            if (verdicts[i] != Verdict.SHORT) {
                return verdicts[i];
            }
        }
        return Verdict.BAD;
    }

    private static boolean goodFollows(List<TextBlock> blocks, Verdict[] verdicts, int at) {
        int distance = 0;
        for (int i = at + 1; i < blocks.size() && distance <= HEADING_REACH; i++) {
            if (verdicts[i] == Verdict.GOOD && blocks.get(i).kind() != TextBlock.Kind.HEADING) {
                return true;
            }
            distance += blocks.get(i).text().length();
        }
        return false;
    }
}
