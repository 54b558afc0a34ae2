package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EmotionScoresTest {

    @Test
    void weightsAreNormalisedToSumToOne() {
        EmotionScores scores = EmotionScores.of(Map.of(Emotion.ANGER, 3.0, Emotion.NEUTRAL, 1.0));
        assertThat(scores.get(Emotion.ANGER)).isEqualTo(0.75, within(1e-12));
        assertThat(scores.get(Emotion.NEUTRAL)).isEqualTo(0.25, within(1e-12));
        assertThat(scores.get(Emotion.SADNESS)).isZero();
        assertThat(scores.asMap().values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(1.0, within(1e-12));
    }

    @Test
    void topIsTheHighestScoreAndNeutralWinsTies() {
        assertThat(EmotionScores.of(Map.of(Emotion.ANGER, 2.0, Emotion.SADNESS, 1.0)).top()).isEqualTo(Emotion.ANGER);
        assertThat(EmotionScores.of(Map.of(Emotion.ANGER, 1.0, Emotion.NEUTRAL, 1.0)).top()).isEqualTo(Emotion.NEUTRAL);
        assertThat(EmotionScores.of(Map.of(Emotion.SADNESS, 1.0, Emotion.ANGER, 1.0)).top()).isEqualTo(Emotion.ANGER);
    }

    @Test
    void neutralScoresAreAllNeutral() {
        assertThat(EmotionScores.neutral().get(Emotion.NEUTRAL)).isEqualTo(1.0);
        assertThat(EmotionScores.neutral().top()).isEqualTo(Emotion.NEUTRAL);
    }

    @Test
    void rejectsNegativeAndAllZeroWeights() {
        assertThatThrownBy(() -> EmotionScores.of(Map.of(Emotion.ANGER, -1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weight for anger must be finite and >= 0, got -1.0");
        assertThatThrownBy(() -> EmotionScores.of(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at least one weight must be > 0");
    }

    @Test
    void equalScoresAreEqual() {
        assertThat(EmotionScores.of(Map.of(Emotion.ANGER, 1.0))).isEqualTo(EmotionScores.of(Map.of(Emotion.ANGER, 2.0)));
        assertThat(EmotionScores.of(Map.of(Emotion.ANGER, 1.0)).toString()).startsWith("EmotionScores{anger=1.000, frustration=0.000");
    }
}
