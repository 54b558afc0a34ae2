package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.emotion.Cue;
import dev.empathy.emotion.CueModifier;
import dev.empathy.emotion.Emotion;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.EmotionScores;
import dev.empathy.emotion.Signal;
import dev.empathy.emotion.SignalType;
import dev.empathy.situation.Situation;
import dev.empathy.situation.SituationCue;
import dev.empathy.situation.SituationReading;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrettyReadingTest {

    private static Cue cue(String text, int start, int end, Emotion emotion, double weight, CueModifier... modifiers) {
        return new Cue(start, end, text.substring(start, end), emotion, weight, weight, Cue.Source.LEXICON, Set.of(modifiers));
    }

    @Test
    void marksEachCueWithEmotionWeightAndModifiers() {
        String text = "I am SOOO annoyed, thanks";
        List<Cue> cues = List.of(
                cue(text, 5, 17, Emotion.FRUSTRATION, 1.9, CueModifier.CAPS, CueModifier.ELONGATED),
                cue(text, 19, 25, Emotion.GRATITUDE, 0.5, CueModifier.BEFORE_CONTRAST));

        assertThat(new PrettyReading(false).marked(text, cues))
                .isEqualTo("I am [SOOO annoyed]{frustration 1.9 caps elongated}, [thanks]{gratitude 0.5 before-contrast}");
    }

    @Test
    void overlappingCuesShareOneMarkNamingTheInnerCue() {
        String text = "not happy at all";
        List<Cue> cues = List.of(
                cue(text, 0, 9, Emotion.DISAPPOINTMENT, 0.8),
                cue(text, 4, 9, Emotion.DISAPPOINTMENT, 0.8, CueModifier.NEGATED));

        assertThat(new PrettyReading(false).marked(text, cues))
                .isEqualTo("[not happy]{disappointment 0.8; \"happy\" disappointment 0.8 negated} at all");
    }

    @Test
    void rendersHeaderMessageAndSignals() {
        String text = "cancel it now";
        EmotionReading reading = new EmotionReading(Emotion.ANGER, 0.5, 0.25, EmotionScores.of(Map.of(Emotion.ANGER, 1.0)),
                List.of(cue(text, 0, 6, Emotion.ANGER, 1.25)), List.of(), List.of(new Signal(SignalType.URGENCY, 10, 13, "now")));

        assertThat(new PrettyReading(false).render("#1", text, reading)).isEqualTo("""
                #1  anger  intensity 0.50  confidence 0.25
                  [cancel]{anger 1.25} it now
                  situation: general
                  signals: urgency "now"

                """);
    }

    @Test
    void rendersTheSituationWithConfidenceAndEvidence() {
        String text = "my parcel is late";
        SituationReading situation = new SituationReading(Situation.DELIVERY_DELAY, 0.864, List.of(
                new SituationCue(3, 9, "parcel", Situation.DELIVERY_DELAY), new SituationCue(13, 17, "late", Situation.DELIVERY_DELAY)));
        EmotionReading reading = EmotionReading.neutral().withSituation(situation);

        assertThat(new PrettyReading(false).render("#2", text, reading))
                .contains("  situation: delivery-delay 0.86 \"parcel\", \"late\"\n");
    }

    @Test
    void colourWrapsMarksInAnsiCodes() {
        String text = "so sad";
        assertThat(new PrettyReading(true).marked(text, List.of(cue(text, 3, 6, Emotion.SADNESS, 1))))
                .isEqualTo("so \u001B[94m[sad]\u001B[0m\u001B[2m\u001B[94m{sadness 1}\u001B[0m");
    }

    @Test
    void numbersHaveAtMostTwoDecimalsWithoutTrailingZeros() {
        assertThat(PrettyReading.number(1.9)).isEqualTo("1.9");
        assertThat(PrettyReading.number(0.345)).isEqualTo("0.35");
        assertThat(PrettyReading.number(2.0)).isEqualTo("2");
        assertThat(PrettyReading.number(0)).isEqualTo("0");
        assertThat(PrettyReading.number(10)).isEqualTo("10");
    }
}
