package org.parallax.annotate;

/**
 * A speech cue found in the text: the verb (or "according to") and the phrase it credits.
 *
 * @param from      first token of the cue phrase
 * @param to        one past the last token of the cue phrase
 * @param subjFrom  first token of the credited phrase (-1 when the subject is borrowed from an earlier cue)
 * @param subjTo    one past the credited phrase
 * @param audFrom   first token of the audience of tell/ask ("told reporters"), -1 if none
 * @param audTo     one past the audience
 * @param according whether the cue is "according to"
 */
record Cue(int from, int to, int subjFrom, int subjTo, int audFrom, int audTo, boolean according) {
    /** First token of the whole cue clause (subject and cue). */
    int clauseStart() {
        return subjFrom >= 0 ? Math.min(from, subjFrom) : from;
    }

    /** One past the last token of the whole cue clause (subject, cue and audience). */
    int clauseEnd() {
        int e = to;
        if (subjFrom >= 0) {
            e = Math.max(e, subjTo);
        }
        if (audFrom >= 0) {
            e = Math.max(e, audTo);
        }
        return e;
    }

    /** Whether the subject follows the cue ("said Putin", "according to Interfax"). */
    boolean subjectAfter() {
        return subjFrom >= to;
    }
}
