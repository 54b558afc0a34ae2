package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolarityTest {

    @Test
    void everyEmotionHasThePolarityOfTheSentimentCorpora() {
        assertThat(Polarity.of(Emotion.ANGER)).isEqualTo(Polarity.NEGATIVE);
        assertThat(Polarity.of(Emotion.FRUSTRATION)).isEqualTo(Polarity.NEGATIVE);
        assertThat(Polarity.of(Emotion.ANXIETY)).isEqualTo(Polarity.NEGATIVE);
        assertThat(Polarity.of(Emotion.DISAPPOINTMENT)).isEqualTo(Polarity.NEGATIVE);
        assertThat(Polarity.of(Emotion.SADNESS)).isEqualTo(Polarity.NEGATIVE);
        assertThat(Polarity.of(Emotion.CONFUSION)).isEqualTo(Polarity.NEUTRAL);
        assertThat(Polarity.of(Emotion.NEUTRAL)).isEqualTo(Polarity.NEUTRAL);
        assertThat(Polarity.of(Emotion.GRATITUDE)).isEqualTo(Polarity.POSITIVE);
        assertThat(Polarity.of(Emotion.SATISFACTION)).isEqualTo(Polarity.POSITIVE);
    }

    @Test
    void idsRoundTripAndAnUnknownIdNamesTheValidOnes() {
        for (Polarity polarity : Polarity.values()) {
            assertThat(Polarity.fromId(" " + polarity.id().toUpperCase() + " ")).isEqualTo(polarity);
        }
        assertThatThrownBy(() -> Polarity.fromId("mixed")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown polarity 'mixed', expected one of negative, neutral, positive");
    }
}
