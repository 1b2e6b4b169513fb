package org.parallax.spark;

import java.io.Serializable;

import org.parallax.model.Problem;

/**
 * A {@link Problem} as Spark ships it between machines (the core's records are not {@link Serializable}).
 *
 * @param source the file (and record) it is about
 * @param line   the line, 0 for a whole file
 * @param reason why it was skipped or warned about
 * @param fatal  true when the input was skipped, false for a warning
 */
public record ProblemRow(String source, long line, String reason, boolean fatal) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The row of a problem. */
    public static ProblemRow of(Problem p) {
        return new ProblemRow(p.source(), p.line(), p.reason(), p.fatal());
    }

    /** The problem again. */
    public Problem toProblem() {
        return new Problem(source, line, reason, fatal);
    }
}
