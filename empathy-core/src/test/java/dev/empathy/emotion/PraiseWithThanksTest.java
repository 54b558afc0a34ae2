package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Praise after a sincere thanks is the reason for the thanks: gratitude; praise on its own is satisfaction. */
class PraiseWithThanksTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    @Test
    void praiseAfterThanksCountsAsGratitude() {
        EmotionReading reading = read("Thank you! The replacement is awesome!");
        assertThat(reading.emotion()).isEqualTo(Emotion.GRATITUDE);
        assertThat(reading.cues()).filteredOn(cue -> cue.has(CueModifier.WITH_THANKS))
                .extracting(Cue::text).containsExactly("awesome");
    }

    @Test
    void praiseOfAProductWithoutThanksStaysSatisfaction() {
        assertThat(read("This chilli jam is delicious, the best I have had").emotion()).isEqualTo(Emotion.SATISFACTION);
    }

    @Test
    void praiseBeforeTheThanksKeepsItsOwnEmotion() {
        EmotionReading reading = read("Love the new app. Thanks");
        assertThat(reading.cues()).noneMatch(cue -> cue.has(CueModifier.WITH_THANKS));
    }

    @Test
    void aThanksDiscountedByAContrastIsNotSincere() {
        EmotionReading reading = read("Thanks, but the great new app crashes every time");
        assertThat(reading.cues()).noneMatch(cue -> cue.has(CueModifier.WITH_THANKS));
    }
}
