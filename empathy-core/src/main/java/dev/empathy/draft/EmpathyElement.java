package dev.empathy.draft;

import java.util.Locale;

/** The elements of an empathetic reply that the draft checker looks for. Constants are immutable and thread-safe. */
public enum EmpathyElement {
    /** Names what the customer feels or went through: "I can see how frustrating this has been". */
    ACKNOWLEDGEMENT,
    /** Says the feeling is reasonable: "anyone would be upset after three weeks". */
    VALIDATION,
    /** An apology that owns the problem: "I'm sorry we charged you twice". */
    APOLOGY,
    /** Reassurance: "your account is safe", "we will get this sorted". */
    REASSURANCE,
    /** Working together: "let's fix this together", "could you send me...". */
    COLLABORATION,
    /** A concrete next step with a time frame: "I'll call you by 5 pm today". */
    NEXT_STEP,
    /** Thanks: "thank you for your patience", "thanks for flagging this". */
    GRATITUDE,
    /** Warmth or concern for the person: "I'm so glad it's working now", "I hope your week gets better". */
    WARMTH,
    /** A question that asks to learn more: "what happened when you tried?", "how are you feeling now?". */
    EXPLORATION,
    /** A similar experience of one's own, shared to show understanding: "I had the same trouble last year". */
    SHARED_EXPERIENCE;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** {@return the stable lower-case name used in data files and JSON, e.g. {@code "next-step"}} */
    public String id() {
        return id;
    }
}
