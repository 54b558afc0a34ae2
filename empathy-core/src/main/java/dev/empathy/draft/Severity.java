package dev.empathy.draft;

import dev.empathy.internal.EnumIds;
import java.util.Locale;

/**
 * How much a finding hurts the reply, lowest first; also its cost in the {@link DraftCheck#score() score}.
 * Immutable and thread-safe (an enum).
 */
public enum Severity {
    /** Worth a second look: "simply", "!!". Costs 5 points. */
    LOW(5),
    /** Reads as dismissive to most customers: "you need to", "that's our policy". Costs 10 points. */
    MEDIUM(10),
    /** Likely to escalate the conversation: "calm down", "you're overreacting". Costs 20 points. */
    HIGH(20);

    private final String id = name().toLowerCase(Locale.ROOT);
    private final int penalty;

    Severity(int penalty) {
        this.penalty = penalty;
    }

    /** {@return the stable lower-case name used in rule files and JSON, e.g. {@code "medium"}} */
    public String id() {
        return id;
    }

    /** {@return the points a finding of this severity takes off the score} */
    public int penalty() {
        return penalty;
    }

    /**
     * {@return the severity with this {@link #id()}, ignoring case and surrounding white space}
     *
     * @throws IllegalArgumentException naming the valid ids when there is none
     */
    public static Severity fromId(String id) {
        return EnumIds.fromId(Severity.class, Severity::id, "severity", id);
    }
}
