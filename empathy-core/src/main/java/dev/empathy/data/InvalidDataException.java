package dev.empathy.data;

import java.util.Objects;

/**
 * A data file (lexicon, rules, phrase catalog, model) is missing or malformed. The message names the
 * file, the 1-based line where known, and the problem, for example
 * {@code "lexicon.tsv:12: unknown emotion 'angry', expected one of anger, frustration, ..."}.
 *
 * <p>Thrown when an engine is built, never while it classifies; an engine is never built from a
 * half-loaded file. Immutable once thrown.
 */
public final class InvalidDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    /**
     * @param source  the file or resource name, e.g. {@code "my-lexicon.tsv"}
     * @param line    the 1-based line number, or 0 when the problem concerns the whole file
     * @param problem what is wrong, one sentence without the file name
     */
    public InvalidDataException(String source, int line, String problem) {
        this(source, line, problem, null);
    }

    /** As {@link #InvalidDataException(String, int, String)}, with the underlying cause. */
    public InvalidDataException(String source, int line, String problem, Throwable cause) {
        super(format(source, line, problem), cause);
        this.source = Objects.requireNonNull(source, "source must not be null");
        this.line = line;
        this.problem = Objects.requireNonNull(problem, "problem must not be null");
    }

    private static String format(String source, int line, String problem) {
        return line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem;
    }

    /** {@return the file or resource name} */
    public String source() {
        return source;
    }

    /** {@return the 1-based line number, or 0 when the problem concerns the whole file} */
    public int line() {
        return line;
    }

    /** {@return what is wrong, without the file name and line} */
    public String problem() {
        return problem;
    }
}
