package dev.empathy.draft;

import dev.empathy.internal.EnumIds;
import java.util.Locale;

/** The kinds of dismissive language the draft checker reports. Immutable and thread-safe (an enum). */
public enum Category {
    /** Makes the problem or the feeling smaller: "calm down", "it's not a big deal". */
    MINIMISING,
    /** Denies the customer's experience: "you're overreacting", "that can't be right". */
    INVALIDATING,
    /** Puts the fault on the customer: "you should have", "you failed to". */
    BLAMING,
    /** Hides behind policy instead of explaining: "that's our policy", "rules are rules". */
    POLICY,
    /** Passes the problem on: "not my department", "you'll have to contact". */
    DEFLECTING,
    /** Talks down: "obviously", "as I already said", "just restart it". */
    CONDESCENDING,
    /** Orders the customer about: "you need to", "you must". */
    COMMANDING,
    /** Apologies that own nothing: "sorry you feel that way", "sorry, but". */
    NON_APOLOGY,
    /** Sympathy posing as empathy: "I know exactly how you feel", "I feel sorry for you". */
    SYMPATHY,
    /** Sarcasm and passive aggression: "good luck with that", "thanks for nothing". */
    SARCASM,
    /** A flat no without an alternative: "we can't", "impossible". */
    DEAD_END,
    /** Capitals and stacked exclamation marks. */
    SHOUTING,
    /** Cheerful words to a customer who is grieving or let down: "Awesome!". Needs the customer's reading. */
    TONE_MISMATCH;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** {@return the stable lower-case name used in rule files and JSON, e.g. {@code "non-apology"}} */
    public String id() {
        return id;
    }

    /**
     * {@return the category with this {@link #id()}, ignoring case and surrounding white space}
     *
     * @throws IllegalArgumentException naming the valid ids when there is none
     */
    public static Category fromId(String id) {
        return EnumIds.fromId(Category.class, Category::id, "category", id);
    }
}
