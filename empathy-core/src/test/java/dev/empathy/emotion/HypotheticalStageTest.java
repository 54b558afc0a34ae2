package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Praise that is asked about or wished for is not felt; praise that is stated or exclaimed still is. */
class HypotheticalStageTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    private static Cue cue(EmotionReading reading, String text) {
        return reading.cues().stream().filter(cue -> cue.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void praiseInAQuestionIsAskedAboutNotFelt() {
        EmotionReading reading = read("Is the premium plan good for a family of four?");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(cue(reading, "good").has(CueModifier.HYPOTHETICAL)).isTrue();
        assertThat(cue(reading, "good").weight()).isEqualTo(0.7 * 0.2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aSuperlativeInAHowToQuestionIsNotSatisfaction() {
        assertThat(read("Which is the best way to copy my contacts to the new phone?").emotion()).isNotEqualTo(Emotion.SATISFACTION);
    }

    @Test
    void praiseAfterAWishOrAConditionIsNotFelt() {
        assertThat(read("I hope the replacement works perfectly this time").emotion()).isEqualTo(Emotion.NEUTRAL);
        EmotionReading reading = read("It would be great if someone could call me about the upgrade");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(cue(reading, "great").has(CueModifier.HYPOTHETICAL)).isTrue();
    }

    @Test
    void theWishEndsWithItsClause() {
        EmotionReading reading = read("If you ask me, the new menu is delicious");
        assertThat(cue(reading, "delicious").has(CueModifier.HYPOTHETICAL)).isFalse();
        assertThat(reading.emotion()).isEqualTo(Emotion.SATISFACTION);
    }

    @Test
    void theConsequentOfAConditionIsFelt() {
        EmotionReading reading = read("if you like spicy food then you will love the new chilli jam");
        assertThat(reading.cues()).noneMatch(cue -> cue.text().equals("love") && cue.has(CueModifier.HYPOTHETICAL));
    }

    @Test
    void statedAndExclaimedPraiseIsKept() {
        assertThat(read("The new update is brilliant").emotion()).isEqualTo(Emotion.SATISFACTION);
        EmotionReading exclaimed = read("How cool is that?! Brilliant update");
        assertThat(exclaimed.cues()).noneMatch(cue -> cue.has(CueModifier.HYPOTHETICAL));
        assertThat(exclaimed.emotion()).isEqualTo(Emotion.SATISFACTION);
    }

    @Test
    void praiseBeforeTheQuestionInItsOwnClauseIsKept() {
        EmotionReading reading = read("Love the new app, where do I find the dark mode?");
        assertThat(cue(reading, "Love the new").has(CueModifier.HYPOTHETICAL)).isFalse();
    }

    @Test
    void thanksInAdvanceAreCourtesyNotGratitude() {
        EmotionReading reading = read("Could you check order 5521 for me, thank you for your help in advance");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.cuesFor(Emotion.GRATITUDE)).allSatisfy(cue -> assertThat(cue.has(CueModifier.COURTESY)).isTrue());
    }
}
