package dev.empathy.conversation;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How long the customer waited for an answer. Immutable and thread-safe.
 *
 * @param customerTurn the customer turn the wait is measured from: the first timed customer turn after the
 *                     previous agent turn (or the thread's start)
 * @param answeredBy   the agent turn that ended it, or empty while the customer is still waiting
 * @param duration     from {@code customerTurn}'s time to the answering turn's time, or to the reading's
 *                     reference instant for a current wait; never negative (zero for equal times)
 */
public record Wait(int customerTurn, OptionalInt answeredBy, Duration duration) {

    /**
     * Creates the record, checking its components.
     *
     * @param customerTurn the customer turn the wait is measured from: the first timed customer turn after the
     *     previous agent turn (or the thread's start)
     * @param answeredBy the agent turn that ended it, or empty while the customer is still waiting
     * @param duration from {@code customerTurn}'s time to the answering turn's time, or to the reading's reference
     *     instant for a current wait; never negative (zero for equal times)
     */
    public Wait {
        Objects.requireNonNull(answeredBy, "answeredBy must not be null");
        Objects.requireNonNull(duration, "duration must not be null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative, got " + duration);
        }
        if (answeredBy.isPresent() && answeredBy.getAsInt() <= customerTurn) {
            throw new IllegalArgumentException("answeredBy must come after turn " + customerTurn);
        }
    }
}
