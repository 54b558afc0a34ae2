package dev.empathy.situation;

import java.util.List;
import java.util.Objects;

/**
 * What a customer's message is about: the most likely {@link Situation}, how far that can be trusted, and
 * the evidence in the text. Immutable and thread-safe.
 *
 * @param situation  the situation, {@link Situation#GENERAL} when nothing points elsewhere
 * @param confidence how far the reading can be trusted, {@code [0, 1]}; 0 for {@link #general()}
 * @param cues       the evidence for {@code situation} in text order; empty for {@link #general()}
 */
public record SituationReading(Situation situation, double confidence, List<SituationCue> cues) {

    private static final SituationReading GENERAL = new SituationReading(Situation.GENERAL, 0, List.of());

    public SituationReading {
        Objects.requireNonNull(situation, "situation must not be null");
        cues = List.copyOf(cues);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }

    /** {@return the reading of a message with no evidence of any particular situation} */
    public static SituationReading general() {
        return GENERAL;
    }

    /** {@return true if the situation is {@link Situation#GENERAL}} */
    public boolean isGeneral() {
        return situation == Situation.GENERAL;
    }
}
