package dev.empathy.phrase;

import dev.empathy.situation.Situation;
import dev.empathy.emotion.Emotion;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One empathy statement of a {@link PhraseCatalog}, with the tags that decide when it fits. Immutable
 * and thread-safe. Render it with {@link PhraseCatalog#render(Statement, java.util.Map)} or let a
 * {@link StatementSelector} choose and render it.
 *
 * @param id           the stable identifier, e.g. {@code "ack-001"}
 * @param locale       the locale of the file it came from, e.g. {@code en}
 * @param intent       what the statement does
 * @param suits        the emotions it fits, never empty
 * @param neverFor     the emotions it must never be shown for, possibly empty, disjoint from {@code suits}
 * @param minIntensity the lowest customer intensity it fits, in {@code [0, 1]}
 * @param maxIntensity the highest customer intensity it fits, in {@code [minIntensity, 1]}
 * @param formalities  the registers it fits, never empty
 * @param channels     the channels it fits, never empty
 * @param situations   the situations it fits, never empty; {@link Situation#GENERAL} fits all
 * @param text         the text as written in the file, with slots, e.g. {@code "Thanks[, {name}]."}
 * @param source       where it was defined, {@code file:line}, e.g. {@code "statements.tsv:42"}
 */
public record Statement(String id, Locale locale, Intent intent, Set<Emotion> suits, Set<Emotion> neverFor,
                        double minIntensity, double maxIntensity, Set<Formality> formalities,
                        Set<Channel> channels, Set<Situation> situations, String text, String source) {

    /**
     * Creates the record, checking its components.
     *
     * @param id the stable identifier, e.g. {@code "ack-001"}
     * @param locale the locale of the file it came from, e.g. {@code en}
     * @param intent what the statement does
     * @param suits the emotions it fits, never empty
     * @param neverFor the emotions it must never be shown for, possibly empty, disjoint from {@code suits}
     * @param minIntensity the lowest customer intensity it fits, in {@code [0, 1]}
     * @param maxIntensity the highest customer intensity it fits, in {@code [minIntensity, 1]}
     * @param formalities the registers it fits, never empty
     * @param channels the channels it fits, never empty
     * @param situations the situations it fits, never empty; {@link Situation#GENERAL} fits all
     * @param text the text as written in the file, with slots, e.g. {@code "Thanks[, {name}]."}
     * @param source where it was defined, {@code file:line}, e.g. {@code "statements.tsv:42"}
     */
    public Statement {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(locale, "locale must not be null");
        Objects.requireNonNull(intent, "intent must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(source, "source must not be null");
        suits = frozen(suits, Emotion.class, "suits");
        neverFor = neverFor.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(neverFor));
        formalities = frozen(formalities, Formality.class, "formalities");
        channels = frozen(channels, Channel.class, "channels");
        situations = frozen(situations, Situation.class, "situations");
        if (!(minIntensity >= 0 && minIntensity <= maxIntensity && maxIntensity <= 1)) {
            throw new IllegalArgumentException("intensity range must satisfy 0 <= min <= max <= 1, got "
                    + minIntensity + "-" + maxIntensity);
        }
        for (Emotion emotion : neverFor) {
            if (suits.contains(emotion)) {
                throw new IllegalArgumentException("emotion '" + emotion.id() + "' is both in suits and in never-for");
            }
        }
    }

    private static <E extends Enum<E>> Set<E> frozen(Set<E> values, Class<E> type, String name) {
        Objects.requireNonNull(values, name + " must not be null");
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    /**
     * {@return true if the statement fits {@code intensity} (inclusive range)}
     *
     * @param intensity an intensity in {@code [0, 1]}
     */
    public boolean fitsIntensity(double intensity) {
        return intensity >= minIntensity && intensity <= maxIntensity;
    }
}
