package dev.empathy.emotion;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The polarity of an emotion, as polarity-labelled sentiment corpora and tools (VADER, AFINN) read it:
 * negative, neutral or positive. Confusion is neutral here (a puzzled question is not a complaint);
 * anger, frustration, anxiety, disappointment and sadness are negative; gratitude and satisfaction positive.
 * Constants are immutable and thread-safe.
 *
 * <table>
 *   <caption>Emotion to polarity</caption>
 *   <tr><th>emotion</th><th>polarity</th></tr>
 *   <tr><td>anger, frustration, anxiety, disappointment, sadness</td><td>{@link #NEGATIVE}</td></tr>
 *   <tr><td>confusion, neutral</td><td>{@link #NEUTRAL}</td></tr>
 *   <tr><td>gratitude, satisfaction</td><td>{@link #POSITIVE}</td></tr>
 * </table>
 */
public enum Polarity {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** {@return the stable lower-case name, e.g. {@code "negative"}} */
    public String id() {
        return id;
    }

    /**
     * {@return the polarity of {@code emotion}}
     *
     * @throws NullPointerException if {@code emotion} is null
     */
    public static Polarity of(Emotion emotion) {
        Objects.requireNonNull(emotion, "emotion must not be null");
        return switch (emotion) {
            case GRATITUDE, SATISFACTION -> POSITIVE;
            case NEUTRAL, CONFUSION -> NEUTRAL;
            case ANGER, FRUSTRATION, ANXIETY, DISAPPOINTMENT, SADNESS -> NEGATIVE;
        };
    }

    /**
     * {@return the polarity with this {@link #id()}, ignoring case and surrounding white space}
     *
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} names none of the three, with the valid names
     */
    public static Polarity fromId(String id) {
        Objects.requireNonNull(id, "id must not be null");
        String key = id.strip().toLowerCase(Locale.ROOT);
        for (Polarity polarity : values()) {
            if (polarity.id.equals(key)) {
                return polarity;
            }
        }
        throw new IllegalArgumentException("unknown polarity '" + id + "', expected one of "
                + Arrays.stream(values()).map(Polarity::id).collect(Collectors.joining(", ")));
    }
}
