package dev.empathy.draft;

import java.util.Objects;

/**
 * An empathy element found in a draft, with its span. Immutable and thread-safe.
 *
 * @param element what the span does, e.g. {@link EmpathyElement#APOLOGY}
 * @param start   first char in the original draft, inclusive (UTF-16 index)
 * @param end     last char, exclusive
 * @param text    the draft's text in {@code [start, end)}
 */
public record ElementSpan(EmpathyElement element, int start, int end, String text) {
    /**
     * Creates the record, checking its components.
     *
     * @param element what the span does, e.g. {@link EmpathyElement#APOLOGY}
     * @param start first char in the original draft, inclusive (UTF-16 index)
     * @param end last char, exclusive
     * @param text the draft's text in {@code [start, end)}
     */
    public ElementSpan {
        Objects.requireNonNull(element, "element must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got start " + start + ", end " + end);
        }
    }
}
