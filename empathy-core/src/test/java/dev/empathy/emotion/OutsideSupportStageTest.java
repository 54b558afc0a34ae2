package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Support-domain evidence (failure phrases, waits, repeats) counts fully only in a support context. */
class OutsideSupportStageTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    @Test
    void aWaitInTextAboutNoServiceIsDiscounted() {
        EmotionReading reading = read("My brother has been talking about that band for ages");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.cues()).isNotEmpty().allMatch(cue -> cue.has(CueModifier.OUTSIDE_SUPPORT)
                && cue.weight() < cue.baseWeight());
    }

    @Test
    void theSameWaitForAnOrderStaysFrustration() {
        EmotionReading reading = read("I've been waiting for my order for ages");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cues()).noneMatch(cue -> cue.has(CueModifier.OUTSIDE_SUPPORT));
    }

    @Test
    void aRepeatAddressedToACompanyStaysFrustration() {
        assertThat(read("@ShopHelp this is the third time I have asked").cues())
                .noneMatch(cue -> cue.has(CueModifier.OUTSIDE_SUPPORT));
        EmotionReading aboutAJoke = read("This is the third time he has told it tonight");
        assertThat(aboutAJoke.cues()).anyMatch(cue -> cue.has(CueModifier.OUTSIDE_SUPPORT));
    }

    @Test
    void aFailurePhraseAboutNoServiceIsDiscounted() {
        EmotionReading reading = read("Looks like he deleted the post, the link is down");
        assertThat(reading.cues()).filteredOn(cue -> cue.source() == Cue.Source.FAILURE)
                .allMatch(cue -> cue.has(CueModifier.OUTSIDE_SUPPORT));
        assertThat(read("@WebHelp the app is down").cues()).filteredOn(cue -> cue.source() == Cue.Source.FAILURE)
                .isNotEmpty().noneMatch(cue -> cue.has(CueModifier.OUTSIDE_SUPPORT));
    }

    @Test
    void aSituationOnTwoDifferentCuesIsASupportContext() {
        EmotionReading reading = read("Still waiting for a reply");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cues()).noneMatch(cue -> cue.has(CueModifier.OUTSIDE_SUPPORT));
    }
}
