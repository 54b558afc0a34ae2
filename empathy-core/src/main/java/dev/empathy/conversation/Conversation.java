package dev.empathy.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A support thread: its turns in the order they were sent. Immutable and thread-safe; build it with
 * {@link #builder()} or {@link #of(List)}.
 *
 * <p>Rules, checked when it is built (each failure is an {@link IllegalArgumentException} naming the turn,
 * never quoting its text):
 * <ul>
 *   <li>at least one turn: {@code "a conversation needs at least one turn"};</li>
 *   <li>turns that have a time are in time order; equal times are allowed (two tweets in the same second),
 *       an earlier time after a later one is not:
 *       {@code "turn 3 is timed 2017-10-10T10:13:19Z, before turn 2 at 2017-10-10T15:09:00Z: turns must be in time order"}.
 *       Turns without a time may sit anywhere.</li>
 * </ul>
 * A thread may start with an agent turn (a proactive message, or a thread whose first message is lost): such
 * agent turns are checked without a customer, and answer no turn. A thread of agent turns only is valid too.
 * The conversation itself has no size limit; a {@link ConversationReader} enforces its own, documented maximum.
 */
public final class Conversation {

    private final List<Turn> turns;

    private Conversation(List<Turn> turns) {
        this.turns = List.copyOf(turns);
        if (this.turns.isEmpty()) {
            throw new IllegalArgumentException("a conversation needs at least one turn");
        }
        Instant last = null;
        int lastIndex = -1;
        for (int i = 0; i < this.turns.size(); i++) {
            Turn turn = this.turns.get(i);
            if (turn.time().isEmpty()) {
                continue;
            }
            Instant time = turn.time().get();
            if (last != null && time.isBefore(last)) {
                throw new IllegalArgumentException("turn " + i + " is timed " + time + ", before turn " + lastIndex + " at "
                        + last + ": turns must be in time order");
            }
            last = time;
            lastIndex = i;
        }
    }

    /**
     * {@return a conversation of {@code turns}, in order}
     *
     * @throws NullPointerException if {@code turns} is or contains null
     * @throws IllegalArgumentException if it is empty or its times are out of order (see the class comment)
     */
    public static Conversation of(List<Turn> turns) {
        Objects.requireNonNull(turns, "turns must not be null");
        for (Turn turn : turns) {
            Objects.requireNonNull(turn, "turns must not contain null");
        }
        return new Conversation(turns);
    }

    /** As {@link #of(List)}. */
    public static Conversation of(Turn... turns) {
        return of(List.of(Objects.requireNonNull(turns, "turns must not be null")));
    }

    /** {@return a builder with no turns} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the turns in order; indexes into this list are the turn numbers used everywhere in this package} */
    public List<Turn> turns() {
        return turns;
    }

    /** {@return the number of turns, at least 1} */
    public int size() {
        return turns.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Conversation that && turns.equals(that.turns);
    }

    @Override
    public int hashCode() {
        return turns.hashCode();
    }

    /** A summary without any text, e.g. {@code Conversation[5 turns]}. */
    @Override
    public String toString() {
        return "Conversation[" + turns.size() + " turns]";
    }

    /** Collects turns in order. Not thread-safe; the conversation it builds is. */
    public static final class Builder {

        private final List<Turn> turns = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds {@code turn}.
         *
         * @return this builder
         */
        public Builder add(Turn turn) {
            turns.add(Objects.requireNonNull(turn, "turn must not be null"));
            return this;
        }

        /**
         * Adds a customer turn without a time.
         *
         * @return this builder
         */
        public Builder customer(String text) {
            return add(new Turn(Role.CUSTOMER, text));
        }

        /**
         * Adds a customer turn sent at {@code time}.
         *
         * @return this builder
         */
        public Builder customer(String text, Instant time) {
            return add(new Turn(Role.CUSTOMER, text, time));
        }

        /**
         * Adds an agent turn without a time.
         *
         * @return this builder
         */
        public Builder agent(String text) {
            return add(new Turn(Role.AGENT, text));
        }

        /**
         * Adds an agent turn sent at {@code time}.
         *
         * @return this builder
         */
        public Builder agent(String text, Instant time) {
            return add(new Turn(Role.AGENT, text, time));
        }

        /**
         * {@return the conversation}
         *
         * @throws IllegalArgumentException if no turn was added or the times are out of order
         */
        public Conversation build() {
            return new Conversation(turns);
        }
    }
}
