package dev.empathy.phrase;

import java.util.List;
import java.util.Objects;

/**
 * A suggested opening for a reply: one to three statements, acknowledgement or validation first and a next
 * step last, never two with the same intent. Immutable and thread-safe.
 *
 * @param text       the statements' texts joined by a space; empty only when no statement fits at all
 * @param statements the statements in order
 */
public record Opening(String text, List<Suggestion> statements) {

    /**
     * Creates the record, checking its components.
     *
     * @param text the statements' texts joined by a space; empty only when no statement fits at all
     * @param statements the statements in order
     */
    public Opening {
        Objects.requireNonNull(text, "text must not be null");
        statements = List.copyOf(statements);
    }

    /** {@return the ids of the statements, in order; add them to the conversation's used ids once sent} */
    public List<String> ids() {
        return statements.stream().map(Suggestion::id).toList();
    }
}
