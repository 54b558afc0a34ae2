package dev.empathy.situation;

import java.util.Objects;

/**
 * One piece of evidence for a {@link Situation}: a half-open span {@code [start, end)} of UTF-16 indexes into
 * the original message and the text it covers. Immutable and thread-safe.
 *
 * @param start     first index of the evidence, {@code >= 0}
 * @param end       index after the evidence, {@code > start}
 * @param text      the covered text, exactly {@code message.substring(start, end)}
 * @param situation the situation this evidence points to
 */
public record SituationCue(int start, int end, String text, Situation situation) {

    /**
     * Creates the record, checking its components.
     *
     * @param start first index of the evidence, {@code >= 0}
     * @param end index after the evidence, {@code > start}
     * @param text the covered text, exactly {@code message.substring(start, end)}
     * @param situation the situation this evidence points to
     */
    public SituationCue {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(situation, "situation must not be null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start < end, got start " + start + ", end " + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length " + text.length() + " does not match span length " + (end - start));
        }
    }
}
