package dev.empathy.draft;

import java.util.Objects;

/**
 * One term of the empathy score: the points it adds (negative: takes off) and why. The points of all the
 * reasons of a {@link DraftCheck} add up to its score. Immutable and thread-safe.
 *
 * @param points the points added, e.g. {@code -20}
 * @param reason one sentence, e.g. {@code "minimising language (MINIMISING_CALM_DOWN, high)"}
 */
public record ScoreReason(int points, String reason) {
    /**
     * Creates the record, checking its components.
     *
     * @param points the points added, e.g. {@code -20}
     * @param reason one sentence, e.g. {@code "minimising language (MINIMISING_CALM_DOWN, high)"}
     */
    public ScoreReason {
        Objects.requireNonNull(reason, "reason must not be null");
    }
}
