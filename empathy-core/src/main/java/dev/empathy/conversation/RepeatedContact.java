package dev.empathy.conversation;

import dev.empathy.emotion.Signal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Evidence in one customer turn that the customer has had to ask before. Immutable and thread-safe.
 *
 * @param turn        the customer turn that shows it
 * @param kind        how it shows
 * @param earlierTurn for {@link Kind#ASKS_AGAIN}, the earlier customer turn it repeats; empty for {@link Kind#SAYS_SO}
 * @param similarity  for {@link Kind#ASKS_AGAIN}, the Jaccard similarity of the two turns' content words,
 *                    {@code [0, 1]}; 0 for {@link Kind#SAYS_SO}
 * @param signals     for {@link Kind#SAYS_SO}, the turn's repeated-contact signals ("third time", "again");
 *                    offsets refer to that turn's text. Empty for {@link Kind#ASKS_AGAIN}
 */
public record RepeatedContact(int turn, Kind kind, OptionalInt earlierTurn, double similarity, List<Signal> signals) {

    /** How a turn shows repeated contact. */
    public enum Kind {
        /** It asks what an earlier customer turn asked (high word overlap, see {@link ConversationReader}). */
        ASKS_AGAIN,
        /** It says so: its emotion reading has a {@code REPEATED_CONTACT} signal. */
        SAYS_SO;

        private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

        /** {@return the stable lower-case name, {@code "asks-again"} or {@code "says-so"}} */
        public String id() {
            return id;
        }
    }

    public RepeatedContact {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(earlierTurn, "earlierTurn must not be null");
        signals = List.copyOf(signals);
        if (kind == Kind.ASKS_AGAIN && (earlierTurn.isEmpty() || earlierTurn.getAsInt() < 0 || earlierTurn.getAsInt() >= turn)) {
            throw new IllegalArgumentException("asks-again needs an earlier turn before turn " + turn);
        }
        if (kind == Kind.SAYS_SO && (earlierTurn.isPresent() || signals.isEmpty())) {
            throw new IllegalArgumentException("says-so needs signals and no earlier turn");
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
        }
    }
}
