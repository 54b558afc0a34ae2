package dev.empathy.draft;

import java.util.List;
import java.util.Objects;

/**
 * One piece of dismissive language in a draft. Immutable and thread-safe.
 *
 * @param ruleId      the rule that matched, e.g. {@code "MINIMISING_CALM_DOWN"}
 * @param category    what kind of dismissive language it is
 * @param severity    how much it hurts the reply
 * @param start       first char of the span in the original draft, inclusive (UTF-16 index)
 * @param end         last char of the span, exclusive
 * @param text        the draft's text in {@code [start, end)}
 * @param message     one sentence a support agent understands
 * @param suggestions rewrites for the span, best first, possibly empty; an empty string means "delete it"
 */
public record Finding(String ruleId, Category category, Severity severity, int start, int end, String text,
                      String message, List<String> suggestions) {

    /**
     * Creates the record, checking its components.
     *
     * @param ruleId the rule that matched, e.g. {@code "MINIMISING_CALM_DOWN"}
     * @param category what kind of dismissive language it is
     * @param severity how much it hurts the reply
     * @param start first char of the span in the original draft, inclusive (UTF-16 index)
     * @param end last char of the span, exclusive
     * @param text the draft's text in {@code [start, end)}
     * @param message one sentence a support agent understands
     * @param suggestions rewrites for the span, best first, possibly empty; an empty string means "delete it"
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(message, "message must not be null");
        suggestions = List.copyOf(suggestions);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got start " + start + ", end " + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length " + text.length() + " does not match span length " + (end - start));
        }
    }

    /** This finding moved by {@code delta} chars, as after an edit before it. */
    Finding shift(int delta) {
        return delta == 0 ? this : new Finding(ruleId, category, severity, start + delta, end + delta, text, message, suggestions);
    }
}
