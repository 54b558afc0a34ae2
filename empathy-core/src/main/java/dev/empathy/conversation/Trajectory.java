package dev.empathy.conversation;

import java.util.Locale;

/**
 * Where the customer's feelings are heading over a thread, from the negative intensity of each customer turn
 * ({@link TurnReading#negativeIntensity()}). Decided in this order:
 * <ol>
 *   <li>{@link #RESOLVED}: there are at least two customer turns, the last reads as gratitude or satisfaction
 *       with no sarcasm signal, and an earlier customer turn does not (it brought a problem or a question);</li>
 *   <li>otherwise walk back from the last customer turn to the nearest earlier customer turn whose negative
 *       intensity differs from the last one's by at least {@link ConversationReader#TRAJECTORY_STEP}: if that
 *       turn was less negative, {@link #ESCALATING}; if more, {@link #CALMING};</li>
 *   <li>{@link #STEADY} when there is no such turn (including a thread with one or no customer turn).</li>
 * </ol>
 * Constants are immutable and thread-safe; {@link #id()} is the name used in JSON.
 */
public enum Trajectory {
    /** The customer has become more negative: "ok, any update?" then "this is ridiculous, third time I ask". */
    ESCALATING,
    /** The customer has become less negative. */
    CALMING,
    /** No change of at least {@link ConversationReader#TRAJECTORY_STEP} in negative intensity. */
    STEADY,
    /** The customer ends with thanks or satisfaction after a problem or a question. */
    RESOLVED;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** {@return the stable lower-case name, e.g. {@code "escalating"}} */
    public String id() {
        return id;
    }
}
