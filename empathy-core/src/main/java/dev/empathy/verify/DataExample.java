package dev.empathy.verify;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One example of a data file, ready to run against the engine that loaded the file. Immutable and
 * thread-safe (the engines are).
 */
public final class DataExample {

    private final String source;
    private final int line;
    private final String description;
    private final Supplier<Optional<String>> check;

    DataExample(String source, int line, String description, Supplier<Optional<String>> check) {
        this.source = Objects.requireNonNull(source, "source must not be null");
        this.line = line;
        this.description = Objects.requireNonNull(description, "description must not be null");
        this.check = Objects.requireNonNull(check, "check must not be null");
    }

    /** {@return the file (or resource) the example is written in} */
    public String source() {
        return source;
    }

    /** {@return the example's 1-based line in {@link #source()}} */
    public int line() {
        return line;
    }

    /** {@return what the example expects, e.g. {@code "anger: I am livid"}} */
    public String description() {
        return description;
    }

    /** Runs the example: empty when it holds, else the problem with its file and line. */
    public Optional<DataProblem> run() {
        return check.get().map(problem -> new DataProblem(source, line, problem));
    }

    /** {@code source:line description}. */
    @Override
    public String toString() {
        return source + ":" + line + " " + description;
    }
}
