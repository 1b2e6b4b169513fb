package org.parallax.spark;

import java.io.Serializable;
import java.util.Comparator;

import org.apache.spark.Partitioner;

/**
 * The key an article is blocked under once per index term: the term, then the article's day and number, so that
 * within a term's block the articles come sorted by time (undated last), as the clusterer meets them.
 *
 * @param term  a term id
 * @param day   the article's epoch day, or {@link Doc#UNDATED}
 * @param index the article's number
 */
record BlockKey(int term, int day, long index) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Term, then day, then number. */
    static final class Order implements Comparator<BlockKey>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(BlockKey a, BlockKey b) {
            int c = Integer.compare(a.term, b.term);
            if (c == 0) {
                c = Integer.compare(a.day, b.day);
            }
            return c != 0 ? c : Long.compare(a.index, b.index);
        }
    }

    /** Puts every key of one term into one partition. */
    static final class ByTerm extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        ByTerm(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return Math.floorMod(Integer.hashCode(((BlockKey) key).term) * 0x9E3779B9, partitions);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByTerm b && b.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }
}
