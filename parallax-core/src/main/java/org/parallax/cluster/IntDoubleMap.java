package org.parallax.cluster;

import java.util.Arrays;

/**
 * A hash map from non-negative int keys to doubles (open addressing, linear probing), without boxing: an event
 * centroid costs 12 bytes per term instead of a map entry with a boxed key and value (about 50 bytes).
 */
final class IntDoubleMap {
    private static final int EMPTY = -1;
    private int[] keys = newKeys(8);
    private double[] values = new double[8];
    private int size;

    /** The value of a key, 0 when absent. */
    double get(int key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == EMPTY) {
                return 0;
            }
        }
    }

    /** Adds {@code delta} to a key's value (inserting the key, at 0, when absent). */
    void add(int key, double delta) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
        }
        values[i] += delta;
    }

    /** Whether the key is present. */
    boolean contains(int key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return true;
            }
            if (keys[i] == EMPTY) {
                return false;
            }
        }
    }

    /** Adds a key with value 0 if absent; returns whether it was absent (so the map can serve as a set). */
    boolean addKey(int key) {
        if (contains(key)) {
            return false;
        }
        add(key, 0);
        return true;
    }

    /** Dot product with another map, iterating over the smaller one. */
    double dot(IntDoubleMap other) {
        IntDoubleMap small = size <= other.size ? this : other;
        IntDoubleMap large = small == this ? other : this;
        double s = 0;
        for (int i = 0; i < small.keys.length; i++) {
            if (small.keys[i] != EMPTY) {
                s += small.values[i] * large.get(small.keys[i]);
            }
        }
        return s;
    }

    /** Adds every entry of another map to this one. */
    void addAll(IntDoubleMap other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != EMPTY) {
                add(other.keys[i], other.values[i]);
            }
        }
    }

    int size() {
        return size;
    }

    /** Removes every key (and gives the memory back: a regrouped event may stay empty). */
    void clear() {
        keys = newKeys(8);
        values = new double[8];
        size = 0;
    }

    private void grow() {
        int[] oldKeys = keys;
        double[] oldValues = values;
        keys = newKeys(oldKeys.length * 2);
        values = new double[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                add(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int[] newKeys(int n) {
        int[] k = new int[n];
        Arrays.fill(k, EMPTY);
        return k;
    }

    /** Spreads consecutive ids over the table (Fibonacci hashing). */
    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
