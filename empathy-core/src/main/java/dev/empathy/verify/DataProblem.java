package dev.empathy.verify;

import java.util.Objects;

/**
 * An example in a data file that does not hold. Immutable and thread-safe.
 *
 * @param source  the file (or resource) name, as given to the verifier
 * @param line    the example's 1-based line in that file
 * @param problem what the engine did instead, e.g. {@code "reads as neutral, expected anger"}; never blank
 */
public record DataProblem(String source, int line, String problem) {

    public DataProblem {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(problem, "problem must not be null");
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, got " + line);
        }
        if (problem.isBlank()) {
            throw new IllegalArgumentException("problem must not be blank");
        }
    }

    /** {@code source:line: problem}, the form compilers and editors jump to. */
    @Override
    public String toString() {
        return source + ":" + line + ": " + problem;
    }
}
