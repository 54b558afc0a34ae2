package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Praise or thanks for a complaint is sarcasm; thanks for help with a problem is not. */
class SarcasmStageTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    @Test
    void thanksForAFailureIsSarcastic() {
        EmotionReading reading = read("Thanks for keeping me waiting all morning");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.has(SignalType.SARCASM)).isTrue();
        assertThat(read("Five stars to the courier for losing my parcel").emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(read("thanks to my gym for quietly charging me twice").emotion()).isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void thanksForHelpWithAProblemStaysSincere() {
        EmotionReading reading = read("Thanks for fixing my broken screen so quickly");
        assertThat(reading.emotion()).isEqualTo(Emotion.GRATITUDE);
        assertThat(reading.has(SignalType.SARCASM)).isFalse();
    }

    @Test
    void praiseEndingTheMessageKeepsEarlierPraiseSincere() {
        EmotionReading reading = read("The songs are lovely and the sound awful. I adore every minute of it.");
        assertThat(reading.has(SignalType.SARCASM)).isFalse();
        assertThat(reading.emotion()).isEqualTo(Emotion.SATISFACTION);
    }

    @Test
    void praiseBeforeTheLastComplaintIsStillSarcastic() {
        assertThat(read("Great job on the delivery. Two of the plates were smashed.").has(SignalType.SARCASM)).isTrue();
    }

    @Test
    void aSarcasmTagMakesThePraiseBeforeItSarcastic() {
        assertThat(read("Really loving the new checkout. </sarcasm>").emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(read("Really loving the new checkout. &lt;/sarcasm&gt;").emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(read("Not sure if that was sarcasm, but thanks for the tip!").emotion()).isEqualTo(Emotion.GRATITUDE);
    }
}
