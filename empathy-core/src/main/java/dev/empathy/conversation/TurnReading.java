package dev.empathy.conversation;

import dev.empathy.draft.DraftCheck;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.SignalType;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What was read in one turn. Immutable and thread-safe.
 *
 * @param index   the turn's 0-based position in the conversation
 * @param turn    the turn as given
 * @param emotion for a customer turn, its emotion reading; empty for an agent turn
 * @param check   for an agent turn, its draft check against the customer turn it answers; empty for a customer turn
 * @param answers for an agent turn, the index of the customer turn it answers: the latest customer turn before
 *                it. Empty for a customer turn and for an agent turn with no customer turn before it (then the
 *                check knows nothing of the customer: nothing is "missing")
 */
public record TurnReading(int index, Turn turn, Optional<EmotionReading> emotion, Optional<DraftCheck> check,
                          OptionalInt answers) {

    public TurnReading {
        Objects.requireNonNull(turn, "turn must not be null");
        Objects.requireNonNull(emotion, "emotion must not be null");
        Objects.requireNonNull(check, "check must not be null");
        Objects.requireNonNull(answers, "answers must not be null");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        boolean customer = turn.role() == Role.CUSTOMER;
        if (customer != emotion.isPresent() || customer == check.isPresent()) {
            throw new IllegalArgumentException("turn " + index + ": a customer turn has an emotion reading and no check, an agent turn a check and no reading");
        }
        if (answers.isPresent() && (customer || answers.getAsInt() < 0 || answers.getAsInt() >= index)) {
            throw new IllegalArgumentException("turn " + index + ": answers must name an earlier customer turn, got " + answers.getAsInt());
        }
    }

    /** {@return the turn's role} */
    public Role role() {
        return turn.role();
    }

    /**
     * How negative the customer sounds in this turn, {@code [0, 1]}: the reading's intensity when its primary
     * emotion is negative (anger, frustration, anxiety, confusion, disappointment, sadness) or when it is positive
     * but sarcastic (a {@code SARCASM} signal: "thanks for nothing"), otherwise 0. Always 0 for an agent turn.
     */
    public double negativeIntensity() {
        return emotion.filter(reading -> reading.emotion().isNegative() || reading.has(SignalType.SARCASM))
                .map(EmotionReading::intensity).orElse(0.0);
    }
}
