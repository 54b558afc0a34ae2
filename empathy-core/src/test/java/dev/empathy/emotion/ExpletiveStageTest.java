package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An expletive right before praise intensifies the praise; elsewhere it keeps its own reading. */
class ExpletiveStageTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    @Test
    void anExpletiveBeforePraiseIntensifiesIt() {
        EmotionReading reading = read("the new camera is so damn good");
        assertThat(reading.emotion()).isEqualTo(Emotion.SATISFACTION);
        Cue damn = reading.cues().stream().filter(cue -> cue.text().equals("damn")).findFirst().orElseThrow();
        assertThat(damn.weight()).isZero();
        Cue good = reading.cues().stream().filter(cue -> cue.text().equals("good")).findFirst().orElseThrow();
        assertThat(good.weight()).isGreaterThan(good.baseWeight());
        assertThat(good.has(CueModifier.INTENSIFIED)).isTrue();
    }

    @Test
    void anExpletiveBeforeLoveIsNotAnger() {
        assertThat(read("I fucking love the new menu").emotion()).isEqualTo(Emotion.SATISFACTION);
    }

    @Test
    void anExpletiveOnItsOwnOrBeforeAComplaintKeepsItsReading() {
        assertThat(read("this fucking app again").emotion()).isIn(Emotion.ANGER, Emotion.FRUSTRATION);
        EmotionReading reading = read("damn, the delivery is late");
        assertThat(reading.cues()).filteredOn(cue -> cue.text().equalsIgnoreCase("damn"))
                .allSatisfy(cue -> assertThat(cue.weight()).isPositive());
    }
}
