package dev.empathy.model;

import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionClassifier;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.EmotionScores;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.emotion.Signal;
import dev.empathy.situation.SituationDetector;
import dev.empathy.situation.SituationReading;
import java.util.List;
import java.util.Objects;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Reads the emotion in a message with a trained {@link EmotionModel}. Immutable and thread-safe: OpenNLP's
 * {@code DocumentCategorizerME} is not, so it is not used to classify; this class extracts the model's
 * features itself (the same generators, in the same order, as in training) and evaluates the shared,
 * read-only OpenNLP {@code MaxentModel}, whose {@code eval} allocates its result per call. A test checks
 * that 8 threads sharing one classifier get the same readings as one thread.
 *
 * <pre>{@code
 * EmotionClassifier classifier = ModelEmotionClassifier.of(EmotionModel.load(Path.of("tickets-model.bin")));
 * classifier.classify("third time I'm asking, where is my refund").emotion();  // FRUSTRATION
 * }</pre>
 *
 * <p>The reading:
 * <ul>
 *   <li>{@link EmotionReading#scores() scores}: the model's probabilities for the emotions it was trained
 *       on (summing to 1); emotions it was not trained on score 0;</li>
 *   <li>{@link EmotionReading#emotion() emotion}: the most probable ({@link EmotionScores#top()});</li>
 *   <li>{@link EmotionReading#confidence() confidence}: the margin of that probability over the runner-up;</li>
 *   <li>{@link EmotionReading#intensity() intensity}: the model's probability of the primary emotion, 0
 *       for neutral (a model measures how likely an emotion is, not how strongly it is felt);</li>
 *   <li>no cues and no sentence readings (a model's weights are not evidence a person can check; use
 *       {@link BlendedEmotionClassifier} to keep the lexicon's cues), and the lexicon's
 *       {@link EmotionReading#signals() signals} when the model reads lexicon cue features;</li>
 *   <li>{@link EmotionReading#situation() situation}: from {@link #situationDetector()}, the lexicon's by
 *       default.</li>
 * </ul>
 * Empty or blank text reads as {@link EmotionReading#neutral()}. Message text is never logged.
 */
public final class ModelEmotionClassifier implements EmotionClassifier {

    private static final Emotion[] EMOTIONS = Emotion.values();

    private static final class BuiltIn {
        static final ModelEmotionClassifier ENGLISH = of(EmotionModel.english());
    }

    private final EmotionModel model;
    private final LexiconEmotionClassifier lexicon; // null: the built-in English lexicon, loaded when first needed
    private final int[] emotionOfOutcome;
    private final LogSpaceEval eval;
    private final SituationDetector situations;

    ModelEmotionClassifier(EmotionModel model, LexiconEmotionClassifier lexicon) {
        this(model, lexicon, null);
    }

    /** {@code situations} null: the lexicon's detector (the built-in English one when no lexicon is given). */
    private ModelEmotionClassifier(EmotionModel model, LexiconEmotionClassifier lexicon, SituationDetector situations) {
        this.model = Objects.requireNonNull(model, "model must not be null");
        this.lexicon = lexicon;
        this.situations = situations != null ? situations
                : lexicon != null ? lexicon.situationDetector() : SituationDetector.english();
        MaxentModel maxent = model.maxent();
        this.eval = new LogSpaceEval(maxent);
        this.emotionOfOutcome = new int[maxent.getNumOutcomes()];
        for (int i = 0; i < emotionOfOutcome.length; i++) {
            emotionOfOutcome[i] = Emotion.fromId(maxent.getOutcome(i)).ordinal();
        }
    }

    /** {@return the shared classifier with the built-in English model and lexicon, loaded on first use} */
    public static ModelEmotionClassifier english() {
        return BuiltIn.ENGLISH;
    }

    /**
     * A classifier for {@code model}; its lexicon cue features (if it has them) are read with the built-in
     * {@link LexiconEmotionClassifier#english()}.
     */
    public static ModelEmotionClassifier of(EmotionModel model) {
        return new ModelEmotionClassifier(model, null);
    }

    /**
     * A classifier for {@code model} reading its lexicon cue features with {@code lexicon}: use the lexicon
     * the model was trained with ({@link EmotionModelTrainer#withLexicon}).
     */
    public static ModelEmotionClassifier of(EmotionModel model, LexiconEmotionClassifier lexicon) {
        return new ModelEmotionClassifier(model, Objects.requireNonNull(lexicon, "lexicon must not be null"));
    }

    /**
     * This classifier reading situations with {@code detector} ({@link SituationDetector#none()} switches
     * them off). By default a model classifier uses its lexicon's detector.
     */
    public ModelEmotionClassifier withSituationDetector(SituationDetector detector) {
        return new ModelEmotionClassifier(model, lexicon, Objects.requireNonNull(detector, "detector must not be null"));
    }

    /** {@return the detector that gives every reading its {@link EmotionReading#situation() situation}} */
    public SituationDetector situationDetector() {
        return situations;
    }

    /** {@return the model} */
    public EmotionModel model() {
        return model;
    }

    /** {@return the lexicon classifier this classifier reads cue features with, and a blend reads its evidence from} */
    public LexiconEmotionClassifier lexicon() {
        return lexicon != null ? lexicon : LexiconEmotionClassifier.english();
    }

    @Override
    public EmotionReading classify(String message) {
        Objects.requireNonNull(message, "message must not be null");
        if (message.isBlank()) {
            return EmotionReading.neutral();
        }
        // the lexicon's message limit applies to the model too: the same part of a long message is read
        String readable = dev.empathy.data.InputLimits.readablePart(message, lexicon().limits().maxMessageLength());
        EmotionReading lexiconReading = model.featureSet().needsLexicon() ? lexicon().classify(readable) : null;
        return read(readable, model.featureSet().input(readable, lexiconReading))
                .withSituation(situation(situations, readable, lexicon(), lexiconReading));
    }

    /**
     * The situation of {@code message} by {@code detector}: the one {@code lexiconReading} (by {@code lexicon},
     * possibly null) already carries when that lexicon reads situations with the same detector.
     */
    static SituationReading situation(SituationDetector detector, String message, LexiconEmotionClassifier lexicon,
                                      EmotionReading lexiconReading) {
        if (lexiconReading != null && lexicon.situationDetector() == detector) {
            return lexiconReading.situation();
        }
        return detector.detect(message);
    }

    /** The model's reading of {@code message}, with its lexicon reading already made (or null if not needed). */
    EmotionReading readWithLexicon(String message, EmotionReading lexiconReading) {
        return read(message, model.featureSet().input(message, lexiconReading));
    }

    /** The model's reading of a message from its prepared feature input. */
    EmotionReading read(String message, FeatureInput input) {
        if (message.isBlank()) {
            return EmotionReading.neutral();
        }
        EmotionScores scores = scores(input);
        Emotion emotion = scores.top();
        double confidence = clamp(scores.get(emotion) - scores.bestExcept(emotion));
        double intensity = emotion == Emotion.NEUTRAL ? 0 : clamp(scores.get(emotion));
        List<Signal> signals = input.lexicon() == null ? List.of() : input.lexicon().signals();
        return new EmotionReading(emotion, intensity, confidence, scores, List.of(), List.of(), signals);
    }

    /** The model's probabilities for the prepared input. */
    EmotionScores scores(FeatureInput input) {
        double[] probabilities = eval.probabilities(model.featureSet().context(input));
        java.util.Map<Emotion, Double> weights = new java.util.EnumMap<>(Emotion.class);
        for (int i = 0; i < probabilities.length; i++) {
            weights.put(EMOTIONS[emotionOfOutcome[i]], probabilities[i]);
        }
        return EmotionScores.of(weights);
    }

    static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    @Override
    public String toString() {
        return "ModelEmotionClassifier{" + model + "}";
    }
}
