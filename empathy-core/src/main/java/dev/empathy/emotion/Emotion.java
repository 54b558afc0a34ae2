package dev.empathy.emotion;

import dev.empathy.internal.EnumIds;
import java.util.Locale;

/**
 * The nine emotions the library reads in a customer's message.
 *
 * <p>{@link #id()} is the stable lower-case name used in data files, JSON output and labelled
 * corpora ({@code "anger"}, {@code "frustration"}, ...). {@link #NEUTRAL} is what a message reads as
 * when no emotion has enough evidence; it is never a lexicon label. Constants are immutable and
 * thread-safe.
 */
public enum Emotion {
    /** Hostile, outraged, insulting: "this is unacceptable", "you people are thieves". */
    ANGER,
    /** Annoyed, fed up, impatient: "third time I'm asking", "still not working". */
    FRUSTRATION,
    /** Worried, scared, nervous: "what if I lose my booking?". */
    ANXIETY,
    /** Not understanding: "what does this charge mean?". */
    CONFUSION,
    /** Let down, expected better: "was really looking forward to it". */
    DISAPPOINTMENT,
    /** Grief, loss, heartbreak: "my granddad died on Tuesday". */
    SADNESS,
    /** Thanks and appreciation: "you're a lifesaver". */
    GRATITUDE,
    /** Pleased, relieved, delighted: "works perfectly now". */
    SATISFACTION,
    /** No emotion with enough evidence. */
    NEUTRAL;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** {@return the stable lower-case name, e.g. {@code "frustration"}} */
    public String id() {
        return id;
    }

    /** {@return true for anger, frustration, anxiety, confusion, disappointment and sadness} */
    public boolean isNegative() {
        return this != GRATITUDE && this != SATISFACTION && this != NEUTRAL;
    }

    /** {@return true for gratitude and satisfaction} */
    public boolean isPositive() {
        return this == GRATITUDE || this == SATISFACTION;
    }

    /**
     * {@return the emotion with this {@link #id()}, ignoring case and surrounding white space}
     *
     * @param id an emotion id, e.g. {@code "anger"}
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} names none of the nine, with the valid names
     */
    public static Emotion fromId(String id) {
        if (id != null) { // a loop first, no lambda: this runs for every data line that names an emotion (start-up time)
            String key = id.strip().toLowerCase(java.util.Locale.ROOT);
            for (Emotion emotion : values()) {
                if (emotion.id().equals(key)) {
                    return emotion;
                }
            }
        }
        return EnumIds.fromId(Emotion.class, Emotion::id, "emotion", id);
    }
}
