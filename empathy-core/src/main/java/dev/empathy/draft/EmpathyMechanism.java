package dev.empathy.draft;

import java.util.Locale;

/**
 * The three ways a reply shows empathy, after Sharma et al., "A Computational Approach to Understanding
 * Empathy Expressed in Text-Based Mental Health Support" (EMNLP 2020, the EPITOME framework), adapted to
 * customer support. Constants are immutable and thread-safe.
 */
public enum EmpathyMechanism {
    /** Expressing warmth, concern or a sincere apology: "I'm so sorry the router is still not working." */
    EMOTIONAL_REACTION,
    /** Showing you understood what the customer feels or went through: "that must have been stressful". */
    INTERPRETATION,
    /** Asking to learn more about the customer's situation: "can you tell me more about what happened?". */
    EXPLORATION;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** {@return the stable lower-case name used in data files and JSON, e.g. {@code "emotional-reaction"}} */
    public String id() {
        return id;
    }
}
