package dev.empathy.model;

import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.EmotionScores;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.situation.SituationDetector;
import java.util.Objects;

/**
 * Combines the explainable {@link LexiconEmotionClassifier} with a trained {@link ModelEmotionClassifier}:
 * the scores are a weighted mean of both classifiers' scores, and the reading keeps the lexicon's cues,
 * sentence readings and signals, so a person still sees why. Immutable and thread-safe.
 *
 * <pre>{@code
 * EmotionClassifier classifier = BlendedEmotionClassifier.english();
 * EmotionReading reading = classifier.classify("Thanks for replying, but this is the third time I'm asking!");
 * reading.emotion();  // FRUSTRATION
 * reading.cues();     // the lexicon's evidence: "Thanks" (gratitude), "third time" (frustration)
 * }</pre>
 *
 * <p>The reading, with lexicon weight {@code λ} (default {@value #DEFAULT_LEXICON_WEIGHT}):
 * <ul>
 *   <li>{@code scores(e) = λ · lexicon score(e) + (1 − λ) · model probability(e)} for each emotion;</li>
 *   <li>{@code emotion}: the top blended score; {@code confidence}: its margin over the runner-up;</li>
 *   <li>{@code intensity}: the lexicon's intensity when the lexicon reads the same primary emotion,
 *       otherwise the blended score of the primary emotion; 0 for neutral;</li>
 *   <li>{@code cues}, {@code sentences}, {@code signals}: the lexicon's, unchanged (the lexicon pass is
 *       shared with the model's cue features, so it runs once per message);</li>
 *   <li>{@code situation}: from {@link #situationDetector()}, the model's by default.</li>
 * </ul>
 * Empty or blank text reads as {@link EmotionReading#neutral()}. Message text is never logged.
 */
public final class BlendedEmotionClassifier implements EmotionClassifier {

    /**
     * The default weight of the lexicon's scores; the model's is one minus this. Chosen on the in-house
     * development split (never on external evaluation data); see the README for the figures.
     */
    public static final double DEFAULT_LEXICON_WEIGHT = 0.1;

    private static final class BuiltIn {
        static final BlendedEmotionClassifier ENGLISH = of(ModelEmotionClassifier.english());
    }

    private final ModelEmotionClassifier model;
    private final LexiconEmotionClassifier lexicon;
    private final double lexiconWeight;
    private final SituationDetector situations;

    private BlendedEmotionClassifier(ModelEmotionClassifier model, double lexiconWeight, SituationDetector situations) {
        this.model = model;
        this.lexicon = model.lexicon();
        this.lexiconWeight = lexiconWeight;
        this.situations = situations;
    }

    /** {@return the shared blend of the built-in English model and lexicon, with the default weight; loaded on first use} */
    public static BlendedEmotionClassifier english() {
        return BuiltIn.ENGLISH;
    }

    /** {@return a blend of {@code model} and its lexicon ({@link ModelEmotionClassifier#lexicon()}) with the default weight} */
    public static BlendedEmotionClassifier of(ModelEmotionClassifier model) {
        return of(model, DEFAULT_LEXICON_WEIGHT);
    }

    /**
     * A blend of {@code model} and its lexicon giving the lexicon's scores {@code lexiconWeight} and the
     * model's {@code 1 - lexiconWeight}.
     *
     * @throws IllegalArgumentException if {@code lexiconWeight} is outside {@code [0, 1]}
     */
    public static BlendedEmotionClassifier of(ModelEmotionClassifier model, double lexiconWeight) {
        Objects.requireNonNull(model, "model must not be null");
        if (!(lexiconWeight >= 0 && lexiconWeight <= 1)) {
            throw new IllegalArgumentException("lexiconWeight must be in [0, 1], got " + lexiconWeight);
        }
        return new BlendedEmotionClassifier(model, lexiconWeight, model.situationDetector());
    }

    /**
     * This blend reading situations with {@code detector} ({@link SituationDetector#none()} switches them
     * off). By default a blend uses its model's detector ({@link ModelEmotionClassifier#situationDetector()}).
     */
    public BlendedEmotionClassifier withSituationDetector(SituationDetector detector) {
        return new BlendedEmotionClassifier(model, lexiconWeight, Objects.requireNonNull(detector, "detector must not be null"));
    }

    /** {@return the detector that gives every reading its {@link EmotionReading#situation() situation}} */
    public SituationDetector situationDetector() {
        return situations;
    }

    /** {@return the weight of the lexicon's scores, in {@code [0, 1]}} */
    public double lexiconWeight() {
        return lexiconWeight;
    }

    /** {@return the weight of the model's scores: {@code 1 - lexiconWeight()}} */
    public double modelWeight() {
        return 1 - lexiconWeight;
    }

    @Override
    public EmotionReading classify(String message) {
        Objects.requireNonNull(message, "message must not be null");
        if (message.isBlank()) {
            return EmotionReading.neutral();
        }
        String readable = dev.empathy.data.InputLimits.readablePart(message, lexicon.limits().maxMessageLength());
        EmotionReading lexiconReading = lexicon.classify(readable);
        EmotionScores modelScores = model.readWithLexicon(readable, lexiconReading).scores();
        java.util.Map<Emotion, Double> weights = new java.util.EnumMap<>(Emotion.class);
        for (Emotion emotion : Emotion.values()) {
            weights.put(emotion, lexiconWeight * lexiconReading.score(emotion) + (1 - lexiconWeight) * modelScores.get(emotion));
        }
        EmotionScores scores = EmotionScores.of(weights);
        Emotion emotion = scores.top();
        double confidence = ModelEmotionClassifier.clamp(scores.get(emotion) - scores.bestExcept(emotion));
        double intensity = emotion == Emotion.NEUTRAL ? 0
                : lexiconReading.emotion() == emotion ? lexiconReading.intensity() : ModelEmotionClassifier.clamp(scores.get(emotion));
        return new EmotionReading(emotion, intensity, confidence, scores, lexiconReading.cues(),
                lexiconReading.sentences(), lexiconReading.signals(),
                ModelEmotionClassifier.situation(situations, message, lexicon, lexiconReading));
    }

    @Override
    public String toString() {
        return "BlendedEmotionClassifier{lexiconWeight=" + lexiconWeight + ", " + model + "}";
    }
}
