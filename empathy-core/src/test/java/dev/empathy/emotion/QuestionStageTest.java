package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Questions: openers of puzzled questions add confusion, openers of worried questions add anxiety. */
class QuestionStageTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    @Test
    void askingWhatBecomesOfOnesOwnThingsIsWorry() {
        EmotionReading reading = read("@HotelHelp what happens to my deposit when I move the booking?");
        assertThat(reading.emotion()).isEqualTo(Emotion.ANXIETY);
        assertThat(reading.cuesFor(Emotion.ANXIETY)).anyMatch(cue -> cue.source() == Cue.Source.QUESTION
                && cue.text().equalsIgnoreCase("what happens to my"));
    }

    @Test
    void aWorryOpenerMayFollowOneClauseOpener() {
        EmotionReading reading = read("@HotelHelp But what about my deposit?");
        assertThat(reading.emotion()).isEqualTo(Emotion.ANXIETY);
        assertThat(read("@HotelHelp where is my deposit?").cuesFor(Emotion.ANXIETY)).isEmpty(); // "is my" starts no clause
    }

    @Test
    void whatAboutSomethingElseIsNoWorry() {
        EmotionReading reading = read("@HotelHelp what about the other hotels in town?");
        assertThat(reading.cuesFor(Emotion.ANXIETY)).isEmpty();
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
    }
}
