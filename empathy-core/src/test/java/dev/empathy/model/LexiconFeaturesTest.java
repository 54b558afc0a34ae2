package dev.empathy.model;

import dev.empathy.emotion.LexiconEmotionClassifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconFeaturesTest {

    static final LexiconEmotionClassifier LEXICON = LexiconEmotionClassifier.english();

    static java.util.List<String> features(String message) {
        return Features.of(new LexiconFeatures(), message, LEXICON.classify(message));
    }

    @Test
    void messageWithoutCuesSaysSo() {
        assertThat(features("what are your opening hours")).containsExactly("cue=none", "lex=neutral", "lex=neutral:sure",
                "lexlast=neutral");
    }

    @Test
    void cuesBecomeEmotionFeaturesWithTheirModifiersAndSignals() {
        String message = "Thanks, but this is the third time I'm asking!";
        var reading = LEXICON.classify(message);

        var features = features(message);

        for (var cue : reading.cues()) {
            if (cue.weight() > 0) {
                assertThat(features).contains("cue=" + cue.emotion().id());
            }
        }
        assertThat(features).contains("lex=" + reading.emotion().id(),
                "lexlast=" + reading.sentences().get(reading.sentences().size() - 1).emotion().id());
        reading.signals().forEach(signal -> assertThat(features).contains("signal=" + signal.type().id()));
        assertThat(features).doesNotContain("cue=none");
    }
}
