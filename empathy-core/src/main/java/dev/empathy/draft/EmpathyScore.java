package dev.empathy.draft;

import java.util.List;
import java.util.Objects;

/**
 * How much empathy a draft shows, in {@code [0, 1]}, with the strength of each {@link EmpathyMechanism} and the
 * spans behind them. Immutable and thread-safe.
 *
 * <p>Each mechanism's strength is {@code 1 - exp(-w)}, where {@code w} sums the weights
 * ({@code mechanisms.tsv}) of the empathy elements found for it: one apology gives 0.63, two give 0.86.
 * {@link #value()} is the weighted mean of the three strengths (built in: emotional reaction 1, interpretation
 * and exploration 2 each, as EPITOME rates those two strong far more often), minus, for each finding that
 * dismisses the feeling or the person (minimising, invalidating, blaming, condescending, sarcasm, non-apology,
 * tone-mismatch), its {@link Severity#penalty()} in hundredths, clamped to {@code [0, 1]}. One apology alone
 * gives 0.63 / 5 = 0.13; an apology, an acknowledgement and a question give about 0.63.
 *
 * @param value             the empathy score, {@code [0, 1]}
 * @param emotionalReaction strength of {@link EmpathyMechanism#EMOTIONAL_REACTION}, {@code [0, 1]}
 * @param interpretation    strength of {@link EmpathyMechanism#INTERPRETATION}, {@code [0, 1]}
 * @param exploration       strength of {@link EmpathyMechanism#EXPLORATION}, {@code [0, 1]}
 * @param evidence          the element spans and findings behind the value, in text order
 */
public record EmpathyScore(double value, double emotionalReaction, double interpretation, double exploration,
                           List<ScoreEvidence> evidence) {

    /**
     * Creates the record, checking its components.
     *
     * @param value the empathy score, {@code [0, 1]}
     * @param emotionalReaction strength of {@link EmpathyMechanism#EMOTIONAL_REACTION}, {@code [0, 1]}
     * @param interpretation strength of {@link EmpathyMechanism#INTERPRETATION}, {@code [0, 1]}
     * @param exploration strength of {@link EmpathyMechanism#EXPLORATION}, {@code [0, 1]}
     * @param evidence the element spans and findings behind the value, in text order
     */
    public EmpathyScore {
        checkUnit("value", value);
        checkUnit("emotionalReaction", emotionalReaction);
        checkUnit("interpretation", interpretation);
        checkUnit("exploration", exploration);
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence must not be null"));
    }

    /**
     * {@return the strength of one mechanism, {@code [0, 1]}}
     *
     * @param mechanism the mechanism; not null
     */
    public double strength(EmpathyMechanism mechanism) {
        Objects.requireNonNull(mechanism, "mechanism must not be null");
        return switch (mechanism) {
            case EMOTIONAL_REACTION -> emotionalReaction;
            case INTERPRETATION -> interpretation;
            case EXPLORATION -> exploration;
        };
    }

    static void checkUnit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
        }
    }
}
