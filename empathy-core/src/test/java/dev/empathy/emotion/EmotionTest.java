package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmotionTest {

    @Test
    void idsAreTheNineLowerCaseNames() {
        assertThat(Emotion.values()).extracting(Emotion::id).containsExactly(
                "anger", "frustration", "anxiety", "confusion", "disappointment", "sadness", "gratitude",
                "satisfaction", "neutral");
    }

    @Test
    void fromIdIgnoresCaseAndSpaces() {
        assertThat(Emotion.fromId(" Frustration ")).isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void fromIdRejectsUnknownNamesListingTheValidOnes() {
        assertThatThrownBy(() -> Emotion.fromId("angry"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown emotion 'angry', expected one of anger, frustration, anxiety, confusion, "
                        + "disappointment, sadness, gratitude, satisfaction, neutral");
    }

    @Test
    void fromIdRejectsNull() {
        assertThatThrownBy(() -> Emotion.fromId(null)).isInstanceOf(NullPointerException.class).hasMessage("id must not be null");
    }

    @Test
    void polarity() {
        assertThat(Emotion.ANGER.isNegative()).isTrue();
        assertThat(Emotion.GRATITUDE.isPositive()).isTrue();
        assertThat(Emotion.NEUTRAL.isNegative()).isFalse();
        assertThat(Emotion.NEUTRAL.isPositive()).isFalse();
    }
}
