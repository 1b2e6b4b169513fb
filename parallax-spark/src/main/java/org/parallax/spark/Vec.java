package org.parallax.spark;

import java.io.Serializable;

/**
 * An article as the blocking and scoring stage sees it.
 *
 * @param index   the article's number in this run
 * @param day     its epoch day, or {@link Doc#UNDATED}
 * @param keys    the ids of its index terms, ascending: its blocking keys
 * @param terms   the ids of its shared terms, ascending
 * @param weights their weights in its unit TF-IDF vector
 */
record Vec(long index, int day, int[] keys, int[] terms, double[] weights) implements Serializable {
    private static final long serialVersionUID = 1L;

    boolean dated() {
        return day != Doc.UNDATED;
    }

    /** The smallest key this and another vector share, or -1. */
    int firstSharedKey(Vec o) {
        int i = 0;
        int j = 0;
        while (i < keys.length && j < o.keys.length) {
            if (keys[i] == o.keys[j]) {
                return keys[i];
            } else if (keys[i] < o.keys[j]) {
                i++;
            } else {
                j++;
            }
        }
        return -1;
    }
}
