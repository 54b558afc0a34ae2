package dev.empathy.model;

import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import dev.empathy.internal.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/** Turns feature kinds into OpenNLP feature generators and messages into their input. Immutable and thread-safe. */
final class FeatureSet {

    /** The version of the feature definitions in this package; stored in every model file. */
    public static final int VERSION = 1;

    private final Set<ModelFeature> features;
    private final FeatureGenerator[] generators;

    public FeatureSet(Set<ModelFeature> features) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("features must not be empty");
        }
        this.features = EnumSet.copyOf(features);
        this.generators = generators();
    }

    public Set<ModelFeature> features() {
        return EnumSet.copyOf(features);
    }

    /** True if messages must be read by the lexicon classifier before their features are extracted. */
    public boolean needsLexicon() {
        return features.contains(ModelFeature.LEXICON_CUES);
    }

    /** One generator per feature kind, in {@link ModelFeature} order. */
    public FeatureGenerator[] generators() {
        List<FeatureGenerator> generators = new ArrayList<>();
        for (ModelFeature feature : features) {
            generators.add(switch (feature) {
                case WORDS -> new WordFeatures();
                case BIGRAMS -> new BigramFeatures();
                case NEGATION -> new NegationFeatures();
                case LEXICON_CUES -> new LexiconFeatures();
                case EMPHASIS -> new EmphasisFeatures();
            });
        }
        return generators.toArray(FeatureGenerator[]::new);
    }

    /**
     * The features of one prepared message: every generator's features, concatenated in generator order,
     * exactly as OpenNLP's document categorizer builds its context during training.
     */
    public String[] context(FeatureInput input) {
        java.util.Map<String, Object> extra = input.asExtraInformation();
        String[] document = input.document();
        List<String> context = new ArrayList<>();
        for (FeatureGenerator generator : generators) {
            context.addAll(generator.extractFeatures(document, extra));
        }
        return context.toArray(String[]::new);
    }

    /** The input of {@code message}: its tokens and, if needed, {@code lexicon}'s reading of it. */
    public FeatureInput input(String message, LexiconEmotionClassifier lexicon) {
        return input(message, needsLexicon() ? lexicon.classify(message) : null);
    }

    /** The input of {@code message} with a lexicon reading already made (ignored unless needed). */
    public FeatureInput input(String message, EmotionReading lexiconReading) {
        return new FeatureInput(TextAnalyzer.tokens(message), needsLexicon() ? lexiconReading : null);
    }
}
