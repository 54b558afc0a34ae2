package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "still not" negates what follows it, as "not" alone would; what lies past its scope is left as it is. */
class TrailingNegatorStageTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    @Test
    void praiseAfterStillNotIsNegated() {
        EmotionReading reading = read("@GymHelp still not happy with how the booking was handled");
        assertThat(reading.emotion()).isNotEqualTo(Emotion.SATISFACTION);
        assertThat(reading.cues()).filteredOn(cue -> cue.text().equals("happy"))
                .singleElement().satisfies(cue -> assertThat(cue.has(CueModifier.NEGATED)).isTrue());
    }

    @Test
    void praiseAfterAClauseBreakIsNotNegated() {
        EmotionReading reading = read("The heater is still not fixed, but the new staff are lovely");
        assertThat(reading.cues()).filteredOn(cue -> cue.text().equals("lovely"))
                .singleElement().satisfies(cue -> assertThat(cue.has(CueModifier.NEGATED)).isFalse());
    }

    @Test
    void anInterjectionEndingInNoNegatesNothing() {
        EmotionReading reading = read("Oh no the poor cat is in pain");
        assertThat(reading.cues()).filteredOn(cue -> cue.text().equals("pain"))
                .singleElement().satisfies(cue -> assertThat(cue.has(CueModifier.NEGATED)).isFalse());
    }
}
