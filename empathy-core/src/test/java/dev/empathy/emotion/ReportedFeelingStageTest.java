package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A feeling the writer reports of someone else is not the writer's own; the writer's own feelings stay. */
class ReportedFeelingStageTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    @Test
    void angerReportedOfSomeoneElseIsDiscounted() {
        EmotionReading reading = read("Apparently she hates the new opening hours.");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.cuesFor(Emotion.ANGER)).singleElement()
                .satisfies(cue -> {
                    assertThat(cue.has(CueModifier.REPORTED)).isTrue();
                    assertThat(cue.weight()).isLessThan(cue.baseWeight());
                });
    }

    @Test
    void worryAndPuzzlementOfOthersAreDiscounted() {
        assertThat(read("The neighbours said they are concerned about the roadworks.").emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(read("I think people misunderstood the rules of the quiz.").emotion()).isEqualTo(Emotion.NEUTRAL);
    }

    @Test
    void theWritersOwnFeelingsKeepTheirWeight() {
        assertThat(read("I hate the new opening hours.").emotion()).isEqualTo(Emotion.ANGER);
        assertThat(read("To be honest I'm always worried about the roadworks.").emotion()).isEqualTo(Emotion.ANXIETY);
        assertThat(read("We are worried about the roadworks.").cues()).noneMatch(cue -> cue.has(CueModifier.REPORTED));
    }

    @Test
    void theAddresseesAndTheWritersPeoplesFeelingsAreNotReported() {
        assertThat(read("You seem confused about the plan.").cues()).noneMatch(cue -> cue.has(CueModifier.REPORTED));
        assertThat(read("My wife is worried about the missed payment.").emotion()).isEqualTo(Emotion.ANXIETY);
    }

    @Test
    void praiseReportedOfOthersStaysPraise() {
        assertThat(read("Honestly everybody loves the new menu.").emotion()).isEqualTo(Emotion.SATISFACTION);
    }

    @Test
    void aNegatedFeelingIsLeftToNegation() {
        EmotionReading reading = read("He doesn't hate the new logo.");
        assertThat(reading.cues()).noneMatch(cue -> cue.has(CueModifier.REPORTED));
    }
}
