package dev.empathy.emotion;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One score in {@code [0, 1]} for each of the nine {@link Emotion}s; the nine scores sum to 1
 * (within rounding).
 *
 * <p>Semantics for the lexicon classifier: a score is the share of the message's evidence that
 * supports that emotion, where {@link Emotion#NEUTRAL} holds the share of a fixed prior ("no
 * emotion") that every message starts with. A message without cues therefore scores 1.0 neutral;
 * one clear cue such as "frustrated" outweighs the prior; several strong cues push neutral towards 0.
 * For a trained model the scores are the model's probabilities. Instances are immutable and
 * thread-safe.
 */
public final class EmotionScores {

    private static final Emotion[] EMOTIONS = Emotion.values();
    private static final EmotionScores NEUTRAL_ONLY;

    static {
        double[] neutral = new double[EMOTIONS.length];
        neutral[Emotion.NEUTRAL.ordinal()] = 1.0;
        NEUTRAL_ONLY = new EmotionScores(neutral);
    }

    private final double[] scores;

    private EmotionScores(double[] scores) {
        this.scores = scores;
    }

    /** {@return all evidence on neutral: 1.0 neutral, 0.0 for the eight others} */
    public static EmotionScores neutral() {
        return NEUTRAL_ONLY;
    }

    /**
     * Scores from non-negative weights, normalised to sum to 1. Missing emotions weigh 0.
     *
     * @throws IllegalArgumentException if a weight is negative or not finite, or all weights are 0
     */
    public static EmotionScores of(Map<Emotion, Double> weights) {
        Objects.requireNonNull(weights, "weights must not be null");
        double[] raw = new double[EMOTIONS.length];
        weights.forEach((emotion, weight) -> raw[Objects.requireNonNull(emotion, "emotion").ordinal()] =
                Objects.requireNonNull(weight, "weight"));
        return ofWeights(raw);
    }

    /** Same as {@link #of(Map)}, indexed by {@link Emotion#ordinal()}; the array is copied. */
    static EmotionScores ofWeights(double[] weights) {
        if (weights.length != EMOTIONS.length) {
            throw new IllegalArgumentException("expected " + EMOTIONS.length + " weights, got " + weights.length);
        }
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight for " + EMOTIONS[i].id() + " must be finite and >= 0, got " + w);
            }
            sum += w;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("at least one weight must be > 0");
        }
        double[] normalised = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            normalised[i] = weights[i] / sum;
        }
        return new EmotionScores(normalised);
    }

    /** {@return the score of {@code emotion}, in {@code [0, 1]}} */
    public double get(Emotion emotion) {
        return scores[Objects.requireNonNull(emotion, "emotion must not be null").ordinal()];
    }

    /**
     * {@return the emotion with the highest score} Ties go to the emotion declared first in {@link Emotion},
     * except that neutral wins a tie with any other emotion.
     */
    public Emotion top() {
        Emotion best = Emotion.NEUTRAL;
        double bestScore = scores[Emotion.NEUTRAL.ordinal()];
        for (Emotion emotion : EMOTIONS) {
            if (scores[emotion.ordinal()] > bestScore) {
                best = emotion;
                bestScore = scores[emotion.ordinal()];
            }
        }
        return best;
    }

    /**
     * The highest score among the emotions other than {@code excluded}: {@code get(top()) - bestExcept(top())}
     * is the margin of the primary emotion over the runner-up, which the classifiers report as confidence.
     */
    public double bestExcept(Emotion excluded) {
        double best = 0;
        for (Emotion emotion : EMOTIONS) {
            if (emotion != excluded) {
                best = Math.max(best, scores[emotion.ordinal()]);
            }
        }
        return best;
    }

    /** {@return the nine scores as an unmodifiable map in {@link Emotion} declaration order} */
    public Map<Emotion, Double> asMap() {
        EnumMap<Emotion, Double> map = new EnumMap<>(Emotion.class);
        for (Emotion emotion : EMOTIONS) {
            map.put(emotion, scores[emotion.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmotionScores that && Arrays.equals(scores, that.scores);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(scores);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("EmotionScores{");
        for (Emotion emotion : EMOTIONS) {
            if (emotion.ordinal() > 0) {
                text.append(", ");
            }
            text.append(emotion.id()).append('=').append(String.format(java.util.Locale.ROOT, "%.3f", scores[emotion.ordinal()]));
        }
        return text.append('}').toString();
    }
}
