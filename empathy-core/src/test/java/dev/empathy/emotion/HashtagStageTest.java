package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hashtags: a complaint hashtag is public shaming (anger); a let-down hashtag is the writer's disappointment. */
class HashtagStageTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    @Test
    void aComplaintHashtagIsPublicShaming() {
        EmotionReading reading = read("@CinemaHelp the film started 20 minutes late #fail");
        assertThat(reading.emotion()).isEqualTo(Emotion.ANGER);
        assertThat(reading.signals()).anyMatch(signal -> signal.type() == SignalType.ESCALATION_RISK);
    }

    @Test
    void aLetDownHashtagStaysDisappointment() {
        EmotionReading reading = read("@CinemaHelp the late showing was sold out when we got there #bummer");
        assertThat(reading.emotion()).isEqualTo(Emotion.DISAPPOINTMENT);
        assertThat(reading.cues()).noneMatch(cue -> cue.has(CueModifier.HASHTAG));
        assertThat(reading.signals()).noneMatch(signal -> signal.type() == SignalType.ESCALATION_RISK);
    }
}
