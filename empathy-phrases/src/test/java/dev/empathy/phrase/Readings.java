package dev.empathy.phrase;

import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.EmotionScores;
import dev.empathy.emotion.Signal;
import dev.empathy.emotion.SignalType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Emotion readings built directly, so the selector's tests do not depend on the classifier's lexicon. */
final class Readings {

    private Readings() {
    }

    static EmotionReading of(Emotion emotion, double intensity, SignalType... signals) {
        return of(emotion, intensity, Map.of(), signals);
    }

    /** A reading of {@code emotion}, with {@code others} as extra score weights next to the primary's weight 1. */
    static EmotionReading of(Emotion emotion, double intensity, Map<Emotion, Double> others, SignalType... signals) {
        Map<Emotion, Double> weights = new EnumMap<>(Emotion.class);
        weights.putAll(others);
        weights.put(emotion, 1.0);
        List<Signal> found = new ArrayList<>();
        for (SignalType type : signals) {
            found.add(new Signal(type, 0, 4, "text"));
        }
        return new EmotionReading(emotion, emotion == Emotion.NEUTRAL ? 0 : intensity, 0.8, EmotionScores.of(weights),
                List.of(), List.of(), found);
    }
}
