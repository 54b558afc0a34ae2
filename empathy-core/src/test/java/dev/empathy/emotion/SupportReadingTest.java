package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the support-domain stages read real customer messages (service failures, social media, courtesy). */
class SupportReadingTest {

    private static EmotionReading read(String message) {
        return LexiconEmotionClassifier.english().classify(message);
    }

    @Test
    void aPlainReportOfAServiceFailureReadsAsFrustration() {
        EmotionReading reading = read("@ShopHelp the app says my parcel is in the porch, I looked and there was nothing");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cues()).filteredOn(cue -> cue.source() == Cue.Source.FAILURE)
                .extracting(Cue::text).containsExactly("there was nothing");
    }

    @Test
    void eachFurtherFailureInAMessageCountsLess() {
        EmotionReading reading = read("Nobody answering at the desk. The site is also down.");
        var failures = reading.cues().stream().filter(cue -> cue.source() == Cue.Source.FAILURE).toList();
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0).weight()).isEqualTo(failures.get(0).baseWeight());
        assertThat(failures.get(1).weight()).isLessThan(failures.get(1).baseWeight());
    }

    @Test
    void aStrongerEmotionOutweighsAFailure() {
        assertThat(read("I haven't received my refund and I am absolutely furious").emotion()).isEqualTo(Emotion.ANGER);
    }

    @Test
    void mentionsUrlsAndEntitiesAreNotRead() {
        EmotionReading reading = read("@LoveHappyAirways &amp; https://t.co/GreatJoy see attached");
        assertThat(reading.cues()).isEmpty();
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
    }

    @Test
    void abbreviationsReadAsTheWordsTheyStandFor() {
        EmotionReading reading = read("ty so much for ur help");
        assertThat(reading.emotion()).isEqualTo(Emotion.GRATITUDE);
        assertThat(reading.cuesFor(Emotion.GRATITUDE)).extracting(Cue::text).allMatch(text -> text.startsWith("ty"));
    }

    @Test
    void aComplaintHashtagIsPublicShamingWithExactOffsets() {
        String message = "Two hours on hold today #neveragain";
        EmotionReading reading = read(message);
        Cue tag = reading.cues().stream().filter(cue -> cue.has(CueModifier.HASHTAG)).findFirst().orElseThrow();
        assertThat(tag.text()).isEqualTo("neveragain");
        assertThat(message.substring(tag.start(), tag.end())).isEqualTo("neveragain");
        assertThat(tag.emotion()).isEqualTo(Emotion.ANGER);
        assertThat(reading.has(SignalType.ESCALATION_RISK)).isTrue();
    }

    @Test
    void aCamelCaseHashtagSplitsAtItsCapitals() {
        EmotionReading reading = read("so done with this #WorstService");
        assertThat(reading.cues()).extracting(Cue::text).contains("WorstService");
        assertThat(reading.emotion()).isEqualTo(Emotion.ANGER);
    }

    @Test
    void aBareThanksClosingARequestIsCourtesy() {
        EmotionReading reading = read("When does the summer timetable come out? Thanks");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.cuesFor(Emotion.GRATITUDE)).singleElement()
                .satisfies(cue -> assertThat(cue.has(CueModifier.COURTESY)).isTrue());
    }

    @Test
    void thanksForSomethingStaysGratitude() {
        assertThat(read("I asked about my booking. Thanks for checking.").emotion()).isEqualTo(Emotion.GRATITUDE);
    }

    @Test
    void aNumberPlusReadsAsTheNumber() {
        assertThat(read("on hold for 40+ minutes").has(SignalType.LONG_WAIT)).isTrue();
    }

    @Test
    void theReadmeSarcasmExampleReadsAsAComplaintWithTheShippedLexicon() {
        EmotionReading reading = read("Great, my parcel is lost again.");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.has(SignalType.SARCASM)).isTrue();
        assertThat(reading.cues()).filteredOn(cue -> cue.text().equals("Great"))
                .singleElement().satisfies(cue -> assertThat(cue.has(CueModifier.SARCASTIC)).isTrue());
    }

    @Test
    void praiseBeforeAComplaintInALaterSentenceIsSarcastic() {
        EmotionReading reading = read("Thank you for my new blender. Nothing beats a three week wait for a broken one.");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.has(SignalType.SARCASM)).isTrue();
    }

    @Test
    void praiseAfterAContrastIsNotSarcasm() {
        assertThat(read("The flight was two hours late but the crew were wonderful").emotion()).isEqualTo(Emotion.SATISFACTION);
    }

    @Test
    void anEmojiIsReadByItsUse() {
        assertThat(read("why is it so hot on your trains 🔥🔥🔥").emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(read("the new menu is 🔥").emotion()).isEqualTo(Emotion.SATISFACTION);
        assertThat(read("my refund still hasn't arrived 👍").emotion()).isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void aPuzzledQuestionBesideAFailureIsTheComplaintsFrustration() {
        EmotionReading reading = read("The app keeps crashing. What is going on?");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cues()).anyMatch(cue -> cue.has(CueModifier.WITH_COMPLAINT));
        assertThat(read("What is going on with the new menu?").emotion()).isEqualTo(Emotion.CONFUSION);
    }

    @Test
    void aDeviceThatDiesIsABrokenDeviceNotGrief() {
        assertThat(read("my phone died again this morning").emotion()).isEqualTo(Emotion.FRUSTRATION);
    }
}
