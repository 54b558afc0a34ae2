package dev.empathy.draft;

import java.util.Objects;

/**
 * One piece of evidence behind an {@link EmpathyScore} or a {@link PolitenessScore}: a span of the draft, what
 * it was recognised as and the weight it carries. Immutable and thread-safe.
 *
 * @param id     what the span was recognised as: an {@link EmpathyElement#id()} for empathy
 *               (e.g. {@code "apology"}), a politeness strategy id (e.g. {@code "counterfactual-modal"}), or a
 *               finding's rule id for a dismissive finding
 * @param start  first char in the original draft, inclusive (UTF-16 index)
 * @param end    last char, exclusive
 * @param text   the draft's text in {@code [start, end)}
 * @param weight the weight it adds to the score's sum before scaling; negative for what lowers it
 * @param reason one short phrase, e.g. {@code "apology (emotional reaction)"}
 */
public record ScoreEvidence(String id, int start, int end, String text, double weight, String reason) {
    /**
     * Creates the record, checking its components.
     *
     * @param id what the span was recognised as: an {@link EmpathyElement#id()} for empathy (e.g. {@code "apology"}),
     *     a politeness strategy id (e.g. {@code "counterfactual-modal"}), or a finding's rule id for a dismissive
     *     finding
     * @param start first char in the original draft, inclusive (UTF-16 index)
     * @param end last char, exclusive
     * @param text the draft's text in {@code [start, end)}
     * @param weight the weight it adds to the score's sum before scaling; negative for what lowers it
     * @param reason one short phrase, e.g. {@code "apology (emotional reaction)"}
     */
    public ScoreEvidence {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got start " + start + ", end " + end);
        }
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight must be finite, got " + weight);
        }
    }
}
