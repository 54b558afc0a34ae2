package dev.empathy.model;

import dev.empathy.emotion.EmotionReading;
import dev.empathy.internal.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the feature generators see of one message, passed to OpenNLP as the document's extra information
 * under {@link #KEY}. Immutable.
 *
 * @param tokens  the message's tokens ({@code TextAnalyzer.tokens}), with offsets into the message
 * @param lexicon the lexicon classifier's reading of the message, or {@code null} when the feature set
 *                has no lexicon features
 */
record FeatureInput(List<Token> tokens, EmotionReading lexicon) {

    /** The key of this object in the extra-information map given to OpenNLP. */
    public static final String KEY = "dev.empathy.features";

    public FeatureInput {
        tokens = List.copyOf(tokens);
    }

    /** The token keys, the "document" OpenNLP's categorizer is given. */
    public String[] document() {
        String[] keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = tokens.get(i).key();
        }
        return keys;
    }

    /** This input as OpenNLP's extra-information map. */
    public Map<String, Object> asExtraInformation() {
        return Map.of(KEY, this);
    }

    static FeatureInput of(Map<String, Object> extraInformation) {
        Object input = extraInformation == null ? null : extraInformation.get(KEY);
        return (FeatureInput) Objects.requireNonNull(input,
                "extra information must carry a FeatureInput under " + KEY + " (use FeatureSet.input)");
    }
}
