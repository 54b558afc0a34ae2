package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a negator's scope ends: a clause word ("and", "because", "how") starts what the negator does not deny. */
class NegationScopeTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    @Test
    void anEmbeddedHowClauseIsNotNegated() {
        EmotionReading reading = read("Words can't describe how lovely the garden looks this spring.");
        assertThat(reading.emotion()).isEqualTo(Emotion.SATISFACTION);
        assertThat(reading.cues()).noneMatch(cue -> cue.has(CueModifier.NEGATED));
    }

    @Test
    void praiseRightAfterTheNegatorIsStillNegated() {
        EmotionReading reading = read("The garden is not lovely this spring.");
        assertThat(reading.cues()).anyMatch(cue -> cue.has(CueModifier.NEGATED));
        assertThat(reading.emotion()).isNotEqualTo(Emotion.SATISFACTION);
    }
}
