package dev.empathy.conversation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of a thread. Immutable and thread-safe.
 *
 * @param role who wrote it
 * @param text what they wrote, as written; may be empty or blank (a blank customer turn reads as neutral)
 * @param time when it was sent, or empty when unknown; waits are measured only between turns that have one
 */
public record Turn(Role role, String text, Optional<Instant> time) {

    public Turn {
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(time, "time must not be null (use Optional.empty())");
    }

    /** A turn without a time. */
    public Turn(Role role, String text) {
        this(role, text, Optional.empty());
    }

    /** A turn sent at {@code time}. */
    public Turn(Role role, String text, Instant time) {
        this(role, text, Optional.of(Objects.requireNonNull(time, "time must not be null")));
    }

    /** {@return a customer turn without a time} */
    public static Turn customer(String text) {
        return new Turn(Role.CUSTOMER, text);
    }

    /** {@return an agent turn without a time} */
    public static Turn agent(String text) {
        return new Turn(Role.AGENT, text);
    }
}
