package dev.empathy.emotion;

import java.util.Locale;

/** Situations in a message that a support team acts on, beyond the emotion itself. Constants are immutable and thread-safe. */
public enum SignalType {
    /** The customer needs it fast: "asap", "urgent", "my exam starts in twenty minutes". */
    URGENCY,
    /** Risk of escalation: threats to cancel, leave, complain publicly, ask for a manager, take legal action. */
    ESCALATION_RISK,
    /** Suspected sarcasm: "great, just great", "thanks for nothing", a cheerful word about a bad situation. */
    SARCASM,
    /** The customer has asked before: "third time I'm asking", "yet again". */
    REPEATED_CONTACT,
    /** The customer has waited long: "for three weeks", "still waiting". */
    LONG_WAIT;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** {@return the stable lower-case name used in lexicon files and JSON output, e.g. {@code "escalation-risk"}} */
    public String id() {
        return id;
    }
}
