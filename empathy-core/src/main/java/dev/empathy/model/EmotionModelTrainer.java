package dev.empathy.model;

import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionEvaluation;
import dev.empathy.emotion.LabelledMessage;
import dev.empathy.emotion.LexiconEmotionClassifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains {@link EmotionModel}s from labelled messages with OpenNLP's document categorizer, and
 * cross-validates training settings. Immutable and thread-safe: each {@code with...} method returns a
 * new trainer.
 *
 * <pre>{@code
 * List<LabelledMessage> tickets = LabelledMessages.read(Path.of("tickets.jsonl"));
 * EmotionModelTrainer trainer = EmotionModelTrainer.defaults().withIterations(200);
 * EmotionEvaluation estimate = trainer.crossValidate(tickets, 5);  // before shipping
 * EmotionModel model = trainer.train(tickets);
 * }</pre>
 *
 * <p>Defaults: algorithm {@link Algorithm#MAXENT} (OpenNLP's GIS maximum entropy),
 * {@value #DEFAULT_ITERATIONS} iterations, cutoff {@value #DEFAULT_CUTOFF} (a feature must occur at least
 * this many times in the training data to be used), every {@link ModelFeature}, and the built-in
 * {@link LexiconEmotionClassifier#english()} for the lexicon cue features. Training is deterministic:
 * the same messages in the same order with the same settings give a model with the same bytes.
 * Message text is never logged.
 */
public final class EmotionModelTrainer {

    /** Default number of training iterations. */
    public static final int DEFAULT_ITERATIONS = 100;
    /** Default feature cutoff. */
    public static final int DEFAULT_CUTOFF = 2;

    /** The OpenNLP training algorithms a model can be trained with. */
    public enum Algorithm {
        /** Maximum entropy trained by generalised iterative scaling (OpenNLP {@code MAXENT}); the default. */
        MAXENT("MAXENT"),
        /** Maximum entropy trained by L-BFGS with L2 regularisation (OpenNLP {@code MAXENT_QN}). */
        MAXENT_QN("MAXENT_QN"),
        /** Naive Bayes (OpenNLP {@code NAIVEBAYES}); {@code iterations} does not apply. */
        NAIVE_BAYES("NAIVEBAYES"),
        /** Averaged perceptron (OpenNLP {@code PERCEPTRON}). */
        PERCEPTRON("PERCEPTRON");

        private final String opennlpName;
        private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

        Algorithm(String opennlpName) {
            this.opennlpName = opennlpName;
        }

        /** {@return the stable lower-case name used in model files and on the command line, e.g. {@code "maxent-qn"}} */
        public String id() {
            return id;
        }

        /**
         * {@return the algorithm with this {@link #id()}}
         *
         * @throws IllegalArgumentException if {@code id} names none, with the valid names
         */
        public static Algorithm fromId(String id) {
            Objects.requireNonNull(id, "id must not be null");
            String key = id.strip().toLowerCase(Locale.ROOT);
            for (Algorithm algorithm : values()) {
                if (algorithm.id.equals(key)) {
                    return algorithm;
                }
            }
            throw new IllegalArgumentException("unknown algorithm '" + id + "', expected one of "
                    + Arrays.stream(values()).map(Algorithm::id).collect(Collectors.joining(", ")));
        }
    }

    private static final EmotionModelTrainer DEFAULTS = new EmotionModelTrainer(Algorithm.MAXENT, DEFAULT_ITERATIONS,
            DEFAULT_CUTOFF, EnumSet.allOf(ModelFeature.class), null);

    private final Algorithm algorithm;
    private final int iterations;
    private final int cutoff;
    private final Set<ModelFeature> features;
    private final LexiconEmotionClassifier lexicon; // null: the built-in English lexicon, loaded when needed

    private EmotionModelTrainer(Algorithm algorithm, int iterations, int cutoff, Set<ModelFeature> features,
                                LexiconEmotionClassifier lexicon) {
        this.algorithm = algorithm;
        this.iterations = iterations;
        this.cutoff = cutoff;
        this.features = EnumSet.copyOf(features);
        this.lexicon = lexicon;
    }

    /** {@return a trainer with the documented defaults} */
    public static EmotionModelTrainer defaults() {
        return DEFAULTS;
    }

    /** {@return this trainer with another algorithm} */
    public EmotionModelTrainer withAlgorithm(Algorithm algorithm) {
        Objects.requireNonNull(algorithm, "algorithm must not be null");
        return new EmotionModelTrainer(algorithm, iterations, cutoff, features, lexicon);
    }

    /**
     * {@return this trainer with another number of iterations}
     *
     * @throws IllegalArgumentException if {@code iterations} is below 1
     */
    public EmotionModelTrainer withIterations(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
        }
        return new EmotionModelTrainer(algorithm, iterations, cutoff, features, lexicon);
    }

    /**
     * This trainer with another feature cutoff: features seen fewer than {@code cutoff} times in the
     * training data are left out of the model.
     *
     * @throws IllegalArgumentException if {@code cutoff} is below 1
     */
    public EmotionModelTrainer withCutoff(int cutoff) {
        if (cutoff < 1) {
            throw new IllegalArgumentException("cutoff must be >= 1, got " + cutoff);
        }
        return new EmotionModelTrainer(algorithm, iterations, cutoff, features, lexicon);
    }

    /**
     * {@return this trainer reading only the given feature kinds}
     *
     * @throws IllegalArgumentException if {@code features} is empty
     */
    public EmotionModelTrainer withFeatures(Set<ModelFeature> features) {
        Objects.requireNonNull(features, "features must not be null");
        if (features.isEmpty()) {
            throw new IllegalArgumentException("features must not be empty");
        }
        return new EmotionModelTrainer(algorithm, iterations, cutoff, features, lexicon);
    }

    /**
     * This trainer reading the lexicon cue features with {@code lexicon} (e.g. one with your own lexicon
     * file). Classify with the same lexicon: {@link ModelEmotionClassifier#of(EmotionModel, LexiconEmotionClassifier)}.
     */
    public EmotionModelTrainer withLexicon(LexiconEmotionClassifier lexicon) {
        Objects.requireNonNull(lexicon, "lexicon must not be null");
        return new EmotionModelTrainer(algorithm, iterations, cutoff, features, lexicon);
    }

    /** {@return the algorithm} */
    public Algorithm algorithm() {
        return algorithm;
    }

    /** {@return the number of iterations} */
    public int iterations() {
        return iterations;
    }

    /** {@return the feature cutoff} */
    public int cutoff() {
        return cutoff;
    }

    /** {@return the feature kinds} */
    public Set<ModelFeature> features() {
        return EnumSet.copyOf(features);
    }

    /**
     * Trains a model on {@code messages}, in their order.
     *
     * @throws IllegalArgumentException if there are fewer than two distinct labels
     */
    public EmotionModel train(List<LabelledMessage> messages) {
        Objects.requireNonNull(messages, "messages must not be null");
        FeatureSet featureSet = new FeatureSet(features);
        List<FeatureInput> inputs = inputs(messages, featureSet);
        return train(messages, inputs, featureSet);
    }

    /**
     * Estimates how a model trained with these settings reads unseen messages: splits {@code messages}
     * into {@code folds} parts (message {@code i} goes to part {@code i % folds}, so a corpus sorted by
     * label is split evenly), trains on all parts but one and predicts that one, for each part in turn,
     * and evaluates all predictions together against their labels. Deterministic.
     *
     * @throws IllegalArgumentException if {@code folds} is below 2 or above the number of messages, or a
     *                                  training part has fewer than two distinct labels
     */
    public EmotionEvaluation crossValidate(List<LabelledMessage> messages, int folds) {
        Objects.requireNonNull(messages, "messages must not be null");
        if (folds < 2 || folds > messages.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of messages (" + messages.size()
                    + "), got " + folds);
        }
        FeatureSet featureSet = new FeatureSet(features);
        List<FeatureInput> inputs = inputs(messages, featureSet);
        Emotion[] predicted = new Emotion[messages.size()];
        for (int fold = 0; fold < folds; fold++) {
            List<LabelledMessage> trainMessages = new ArrayList<>();
            List<FeatureInput> trainInputs = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                if (i % folds != fold) {
                    trainMessages.add(messages.get(i));
                    trainInputs.add(inputs.get(i));
                }
            }
            ModelEmotionClassifier classifier = new ModelEmotionClassifier(train(trainMessages, trainInputs, featureSet),
                    lexicon);
            for (int i = fold; i < messages.size(); i += folds) {
                predicted[i] = classifier.read(messages.get(i).text(), inputs.get(i)).emotion();
            }
        }
        return EmotionEvaluation.of(messages.stream().map(LabelledMessage::label).toList(), Arrays.asList(predicted));
    }

    private LexiconEmotionClassifier lexicon() {
        return lexicon != null ? lexicon : LexiconEmotionClassifier.english();
    }

    private List<FeatureInput> inputs(List<LabelledMessage> messages, FeatureSet featureSet) {
        LexiconEmotionClassifier reader = featureSet.needsLexicon() ? lexicon() : null;
        List<FeatureInput> inputs = new ArrayList<>(messages.size());
        for (LabelledMessage message : messages) {
            Objects.requireNonNull(message, "messages must not contain null");
            inputs.add(featureSet.input(message.text(), reader));
        }
        return inputs;
    }

    private EmotionModel train(List<LabelledMessage> messages, List<FeatureInput> inputs, FeatureSet featureSet) {
        Set<Emotion> labels = EnumSet.noneOf(Emotion.class);
        List<DocumentSample> samples = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            Emotion label = messages.get(i).label();
            labels.add(label);
            FeatureInput input = inputs.get(i);
            samples.add(new DocumentSample(label.id(), input.document(), input.asExtraInformation()));
        }
        if (labels.size() < 2) {
            throw new IllegalArgumentException("training needs messages with at least 2 distinct labels, got "
                    + labels.stream().map(Emotion::id).toList());
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm.opennlpName);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put("PrintMessages", false);
        DoccatModel trained;
        try {
            trained = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), parameters,
                    new DoccatFactory(featureSet.generators()));
        } catch (IOException e) {
            throw new UncheckedIOException("training failed", e);
        }
        ModelFile file = new ModelFile(new ArrayList<>(labels), featureSet.features(), algorithm.id(), iterations, cutoff,
                messages.size(), (AbstractModel) trained.getMaxentModel());
        return new EmotionModel(file);
    }
}
