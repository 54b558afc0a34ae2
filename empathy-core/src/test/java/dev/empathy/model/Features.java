package dev.empathy.model;

import dev.empathy.emotion.EmotionReading;
import dev.empathy.internal.text.TextAnalyzer;
import java.util.List;
import opennlp.tools.doccat.FeatureGenerator;

/** Runs one feature generator on a message, as the model does. */
final class Features {

    private Features() {
    }

    static List<String> of(FeatureGenerator generator, String message) {
        return of(generator, message, null);
    }

    static List<String> of(FeatureGenerator generator, String message, EmotionReading lexicon) {
        FeatureInput input = new FeatureInput(TextAnalyzer.tokens(message), lexicon);
        return List.copyOf(generator.extractFeatures(input.document(), input.asExtraInformation()));
    }
}
