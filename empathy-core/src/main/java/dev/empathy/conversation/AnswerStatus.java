package dev.empathy.conversation;

import java.util.Locale;

/**
 * Whether the customer's last turn still needs an answer. Constants are immutable and thread-safe;
 * {@link #id()} is the name used in JSON.
 */
public enum AnswerStatus {
    /** An agent turn follows the last customer turn. */
    ANSWERED,
    /**
     * No agent turn follows the last customer turn, and the customer turns since the last agent turn are not all
     * closings: the customer is waiting for an answer.
     */
    AWAITING_ANSWER,
    /**
     * No agent turn follows, but every customer turn since the last agent turn is a closing: it reads as gratitude
     * or satisfaction, has no sarcasm signal and asks nothing (no question mark), e.g. "Thanks, that worked!".
     */
    CLOSED,
    /** The thread has no customer turn. */
    NO_CUSTOMER_TURN;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** {@return the stable lower-case name, e.g. {@code "awaiting-answer"}} */
    public String id() {
        return id;
    }
}
