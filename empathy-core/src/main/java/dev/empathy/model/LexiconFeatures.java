package dev.empathy.model;

import dev.empathy.emotion.Cue;
import dev.empathy.emotion.CueModifier;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.SentenceReading;
import dev.empathy.emotion.Signal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The lexicon classifier's evidence as features, so the model learns how far to trust each kind of cue:
 * <ul>
 *   <li>{@code cue=<emotion>} per cue that carries weight, plus {@code cue=<emotion>:strong} when its
 *       lexicon weight is at least {@value #STRONG_WEIGHT}, and {@code cue=<emotion>:<modifier>} per
 *       modifier ({@code cue=frustration:sarcastic}, {@code cue=disappointment:negated});
 *       {@code cue=none} when no cue carries weight;</li>
 *   <li>{@code lex=<emotion>} for the lexicon's primary emotion, {@code lex=<emotion>:sure} when its
 *       confidence is at least {@value #SURE_CONFIDENCE}, and {@code lexlast=<emotion>} for the last
 *       sentence's emotion;</li>
 *   <li>{@code signal=<id>} per signal type found ({@code signal=repeated-contact}).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class LexiconFeatures implements FeatureGenerator {

    /** A cue whose lexicon weight is at least this is also a {@code :strong} cue. */
    static final double STRONG_WEIGHT = 1.5;
    /** A lexicon reading at least this confident adds {@code lex=<emotion>:sure}. */
    static final double SURE_CONFIDENCE = 0.5;

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        EmotionReading reading = FeatureInput.of(extraInformation).lexicon();
        if (reading == null) {
            throw new IllegalStateException("the 'cues' features need the lexicon reading in FeatureInput");
        }
        List<String> features = new ArrayList<>();
        boolean anyCue = false;
        for (Cue cue : reading.cues()) {
            if (cue.weight() <= 0) {
                continue;
            }
            anyCue = true;
            String id = cue.emotion().id();
            features.add("cue=" + id);
            if (cue.baseWeight() >= STRONG_WEIGHT) {
                features.add("cue=" + id + ":strong");
            }
            for (CueModifier modifier : cue.modifiers()) {
                features.add("cue=" + id + ":" + modifier.name().toLowerCase(Locale.ROOT));
            }
        }
        if (!anyCue) {
            features.add("cue=none");
        }
        String primary = reading.emotion().id();
        features.add("lex=" + primary);
        if (reading.confidence() >= SURE_CONFIDENCE) {
            features.add("lex=" + primary + ":sure");
        }
        List<SentenceReading> sentences = reading.sentences();
        if (!sentences.isEmpty()) {
            features.add("lexlast=" + sentences.get(sentences.size() - 1).emotion().id());
        }
        reading.signals().stream().map(Signal::type).distinct()
                .forEach(type -> features.add("signal=" + type.id()));
        return features;
    }
}
