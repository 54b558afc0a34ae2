package dev.empathy.emotion;

import java.util.Objects;

/**
 * A signal found in a message, with the words that triggered it. Offsets are half-open UTF-16 indexes
 * into the original text. Immutable and thread-safe.
 *
 * @param type  what was signalled
 * @param start first char index, inclusive
 * @param end   last char index, exclusive
 * @param text  the covered text exactly as written, e.g. {@code "cancel my subscription"}
 */
public record Signal(SignalType type, int start, int end, String text) {

    /**
     * Creates the record, checking its components.
     *
     * @param type what was signalled
     * @param start first char index, inclusive
     * @param end last char index, exclusive
     * @param text the covered text exactly as written, e.g. {@code "cancel my subscription"}
     */
    public Signal {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("signal span must satisfy 0 <= start < end, got start=" + start + ", end=" + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length " + text.length() + " does not match span " + start + ".." + end);
        }
    }

    // equals and hashCode are written out, with the values a record's own would give, because a record's
    // are linked through invokedynamic on first use, which cost tens of milliseconds of start-up (issue 17).

    @Override
    public boolean equals(Object o) {
        return o instanceof Signal other && type == other.type && start == other.start && end == other.end
                && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(type) * 31 + Integer.hashCode(start)) * 31 + Integer.hashCode(end)) * 31 + text.hashCode();
    }
}
