package dev.empathy.model;

import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.LexiconEmotionClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BlendedEmotionClassifierTest {

    static ModelEmotionClassifier model;
    static final LexiconEmotionClassifier LEXICON = LexiconEmotionClassifier.english();

    @BeforeAll
    static void train() {
        model = ModelEmotionClassifier.of(EmotionModelTrainer.defaults().withCutoff(1).train(SmallCorpus.messages()));
    }

    @Test
    void scoresAreTheWeightedMeanOfLexiconScoresAndModelProbabilities() {
        String message = "Thanks for replying, but this is the third time I'm asking!";
        BlendedEmotionClassifier blend = BlendedEmotionClassifier.of(model, 0.25);

        EmotionReading reading = blend.classify(message);

        EmotionReading lexicon = LEXICON.classify(message);
        EmotionReading alone = model.classify(message);
        for (Emotion emotion : Emotion.values()) {
            assertThat(reading.score(emotion)).as(emotion.id())
                    .isCloseTo(0.25 * lexicon.score(emotion) + 0.75 * alone.score(emotion), within(1e-12));
        }
        assertThat(reading.emotion()).isEqualTo(reading.scores().top());
    }

    @Test
    void readingKeepsTheLexiconsEvidence() {
        String message = "Thanks for replying, but this is the third time I'm asking!";

        EmotionReading reading = BlendedEmotionClassifier.of(model).classify(message);

        EmotionReading lexicon = LEXICON.classify(message);
        assertThat(reading.cues()).isEqualTo(lexicon.cues()).isNotEmpty();
        assertThat(reading.sentences()).isEqualTo(lexicon.sentences());
        assertThat(reading.signals()).isEqualTo(lexicon.signals());
    }

    @Test
    void weightOneIsTheLexiconsScoresAndWeightZeroTheModels() {
        String message = "I'm so annoyed, the app is still broken";

        assertThat(BlendedEmotionClassifier.of(model, 1).classify(message).scores().asMap())
                .allSatisfy((emotion, score) -> assertThat(score).isCloseTo(LEXICON.classify(message).score(emotion), within(1e-12)));
        assertThat(BlendedEmotionClassifier.of(model, 0).classify(message).scores().asMap())
                .allSatisfy((emotion, score) -> assertThat(score).isCloseTo(model.classify(message).score(emotion), within(1e-12)));
    }

    @Test
    void intensityIsTheLexiconsWhenBothAgreeOnTheEmotion() {
        String message = "I am SO frustrated, the app is still broken again!!";
        EmotionReading lexicon = LEXICON.classify(message);

        EmotionReading reading = BlendedEmotionClassifier.of(model, 0.5).classify(message);

        assertThat(lexicon.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.intensity()).isEqualTo(lexicon.intensity());
    }

    @Test
    void defaultWeightsAreDocumentedConstants() {
        BlendedEmotionClassifier blend = BlendedEmotionClassifier.of(model);
        assertThat(blend.lexiconWeight()).isEqualTo(BlendedEmotionClassifier.DEFAULT_LEXICON_WEIGHT);
        assertThat(blend.modelWeight()).isEqualTo(1 - BlendedEmotionClassifier.DEFAULT_LEXICON_WEIGHT);
    }

    @Test
    void weightOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> BlendedEmotionClassifier.of(model, 1.5))
                .hasMessage("lexiconWeight must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> BlendedEmotionClassifier.of(model, Double.NaN))
                .hasMessage("lexiconWeight must be in [0, 1], got NaN");
    }

    @Test
    void blankTextReadsNeutral() {
        assertThat(BlendedEmotionClassifier.of(model).classify("")).isSameAs(EmotionReading.neutral());
    }
}
