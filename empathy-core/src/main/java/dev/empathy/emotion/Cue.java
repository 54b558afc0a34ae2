package dev.empathy.emotion;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One piece of evidence in a message: a word, phrase, emoji or question that moved an emotion's score.
 *
 * <p>Offsets are half-open UTF-16 indexes into the ORIGINAL text given to the classifier:
 * {@code text.substring(start, end)} equals {@link #text()}. Immutable and thread-safe.
 *
 * @param start      first char index, inclusive, {@code >= 0}
 * @param end        last char index, exclusive, {@code > start}
 * @param text       the covered text exactly as the customer wrote it, e.g. {@code "SOOO annoyed"}
 * @param emotion    the emotion the cue supports after modifiers (a negated "happy" supports disappointment)
 * @param weight     the contribution to that emotion's evidence after all modifiers, {@code >= 0};
 *                   0 for a cue that negation cancelled ("not angry")
 * @param baseWeight the weight written in the lexicon or rule, before modifiers
 * @param source     where the cue came from
 * @param modifiers  the modifiers that applied, possibly empty; e.g. [NEGATED, INTENSIFIED]
 */
public record Cue(int start, int end, String text, Emotion emotion, double weight, double baseWeight,
                  Source source, Set<CueModifier> modifiers) {

    /** Where a cue came from. */
    public enum Source {
        /** A word or phrase of the lexicon. */
        LEXICON,
        /** An emoji or emoticon of the lexicon. */
        SYMBOL,
        /** A question that signals confusion ("what does this mean?"). */
        QUESTION,
        /** An entry of a trained model's features (reserved for model-backed classifiers). */
        MODEL,
        /** A plain report of a service failure ("haven't received", "still no reply"): frustration unless something stronger is said. */
        FAILURE,
        /** The message's situation ({@code EmotionReading#situation()}): an affected report of a service failure, with no emotion word needed. */
        SITUATION
    }

    public Cue {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(emotion, "emotion must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(modifiers, "modifiers must not be null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("cue span must satisfy 0 <= start < end, got start=" + start + ", end=" + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length " + text.length() + " does not match span " + start + ".." + end);
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be finite and >= 0, got " + weight);
        }
        modifiers = modifiers.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(modifiers));
    }

    /** {@return true if {@code modifier} applied to this cue} */
    public boolean has(CueModifier modifier) {
        return modifiers.contains(modifier);
    }
}
