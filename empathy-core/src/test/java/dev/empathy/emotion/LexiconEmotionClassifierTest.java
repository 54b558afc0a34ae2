package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.empathy.data.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mechanics of the lexicon classifier, on a small test lexicon with round weights (test-lexicon.tsv)
 * and the built-in modifiers and parameters (neutral prior 0.5, caps 1.3, contrast after 1.5).
 */
class LexiconEmotionClassifierTest {

    private static final LexiconEmotionClassifier CLASSIFIER = testClassifier();

    private static LexiconEmotionClassifier testClassifier() {
        return testLexicon().build();
    }

    /** A builder holding only test-lexicon.tsv, on the built-in modifiers and parameters. */
    private static LexiconEmotionClassifier.Builder testLexicon() {
        try (InputStream in = LexiconEmotionClassifierTest.class.getResourceAsStream("test-lexicon.tsv")) {
            return LexiconEmotionClassifier.builder().withoutBuiltInLexicon().addLexicon(in, "test-lexicon.tsv");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test lexicon plus a vendor lexicon given as text. */
    private static LexiconEmotionClassifier testLexiconPlus(String vendorLexicon) {
        return testLexicon().addLexicon(stream(vendorLexicon), "vendor.tsv").build();
    }

    private static EmotionReading read(String text) {
        return CLASSIFIER.classify(text);
    }

    @Test
    void aCueReportsItsOffsetsInTheOriginalText() {
        String text = "Honestly… I’m 😡 and frustrated";
        EmotionReading reading = read(text);
        Cue frustrated = reading.cuesFor(Emotion.FRUSTRATION).get(0);
        assertThat(frustrated.start()).isEqualTo(text.indexOf("frustrated"));
        assertThat(frustrated.end()).isEqualTo(text.length());
        assertThat(frustrated.text()).isEqualTo("frustrated");
        Cue emoji = reading.cuesFor(Emotion.ANGER).get(0);
        assertThat(text.substring(emoji.start(), emoji.end())).isEqualTo("😡");
    }

    @Test
    void scoresAreEvidenceSharesAgainstTheNeutralPrior() {
        EmotionReading reading = read("I am frustrated");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.score(Emotion.FRUSTRATION)).isEqualTo(1.0 / 1.5, within(1e-9));
        assertThat(reading.score(Emotion.NEUTRAL)).isEqualTo(0.5 / 1.5, within(1e-9));
        assertThat(reading.intensity()).isEqualTo(1 - Math.exp(-1.0 / 3.0), within(1e-9));
        assertThat(reading.confidence()).isEqualTo((1.0 - 0.5) / 1.5, within(1e-9));
    }

    @Test
    void textWithoutCuesIsNeutralWithIntensityZero() {
        EmotionReading reading = read("Please send the invoice for order 4411.");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.intensity()).isZero();
        assertThat(reading.cues()).isEmpty();
        assertThat(reading.sentences()).hasSize(1);
    }

    @Test
    void emptyAndBlankTextReadAsNeutralWithNoCuesOrSentences() {
        assertThat(read("")).isEqualTo(EmotionReading.neutral());
        assertThat(read(" \n\t ")).isEqualTo(EmotionReading.neutral());
    }

    @Test
    void nullFailsFastNamingTheArgument() {
        assertThatThrownBy(() -> CLASSIFIER.classify(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("message must not be null");
    }

    @Test
    void negationMapsSatisfactionToDisappointment() {
        EmotionReading reading = read("I am not happy with this");
        Cue happy = reading.cues().get(0);
        assertThat(happy.text()).isEqualTo("happy");
        assertThat(happy.emotion()).isEqualTo(Emotion.DISAPPOINTMENT);
        assertThat(happy.has(CueModifier.NEGATED)).isTrue();
        assertThat(happy.weight()).isEqualTo(0.8, within(1e-9));
        assertThat(reading.emotion()).isEqualTo(Emotion.DISAPPOINTMENT);
    }

    @Test
    void negationCancelsANegativeCue() {
        EmotionReading reading = read("I'm not angry");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.cues()).singleElement().satisfies(cue -> {
            assertThat(cue.has(CueModifier.NEGATED)).isTrue();
            assertThat(cue.weight()).isZero();
        });
    }

    @Test
    void negationWorksWithoutTheApostrophe() {
        assertThat(read("i dont feel happy").cues().get(0).has(CueModifier.NEGATED)).isTrue();
    }

    @Test
    void negationScopeEndsAtAClauseBreak() {
        Cue happy = read("Not yet, but happy").cuesFor(Emotion.SATISFACTION).get(0);
        assertThat(happy.has(CueModifier.NEGATED)).isFalse();
    }

    @Test
    void intensifiersRaiseAndDiminishersLowerTheWeight() {
        Cue plain = read("I am annoyed").cues().get(0);
        Cue intensified = read("I am very annoyed").cues().get(0);
        Cue diminished = read("I am a bit annoyed").cues().get(0);
        assertThat(intensified.has(CueModifier.INTENSIFIED)).isTrue();
        assertThat(intensified.weight()).isGreaterThan(plain.weight());
        assertThat(diminished.has(CueModifier.DIMINISHED)).isTrue();
        assertThat(diminished.weight()).isLessThan(plain.weight());
        assertThat(intensified.baseWeight()).isEqualTo(plain.weight());
    }

    @Test
    void capitalsEmphasiseACue() {
        Cue cue = read("I am ANNOYED").cues().get(0);
        assertThat(cue.has(CueModifier.CAPS)).isTrue();
        assertThat(cue.weight()).isEqualTo(1.3, within(1e-9));
        assertThat(cue.text()).isEqualTo("ANNOYED");
    }

    @Test
    void stretchedWordsMatchAndAreEmphasised() {
        Cue cue = read("I am annoyyyyed").cues().get(0);
        assertThat(cue.text()).isEqualTo("annoyyyyed");
        assertThat(cue.has(CueModifier.ELONGATED)).isTrue();
        assertThat(cue.weight()).isEqualTo(1.2, within(1e-9));
    }

    @Test
    void repeatedExclamationMarksEmphasiseTheSentence() {
        Cue cue = read("I am annoyed!!!").cues().get(0);
        assertThat(cue.has(CueModifier.EXCLAMATION)).isTrue();
        assertThat(cue.weight()).isEqualTo(1 + 0.15 * 2, within(1e-9));
    }

    @Test
    void theCustomerFeelsWhatComesAfterTheContrast() {
        EmotionReading reading = read("Thanks for replying, but this is the third time I'm asking about my order");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        Cue thanks = reading.cuesFor(Emotion.GRATITUDE).get(0);
        Cue third = reading.cuesFor(Emotion.FRUSTRATION).get(0);
        assertThat(thanks.has(CueModifier.BEFORE_CONTRAST)).isTrue();
        assertThat(thanks.weight()).isLessThan(thanks.baseWeight());
        assertThat(third.has(CueModifier.AFTER_CONTRAST)).isTrue();
        assertThat(third.weight()).isEqualTo(1.5 * 1.5, within(1e-9));
        assertThat(reading.has(SignalType.REPEATED_CONTACT)).isTrue();
    }

    @Test
    void aSentenceOpeningWithAContrastDiscountsEarlierSentences() {
        EmotionReading reading = read("Thanks for the reply. But I am frustrated.");
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        Cue thanks = reading.cuesFor(Emotion.GRATITUDE).get(0);
        assertThat(thanks.has(CueModifier.BEFORE_CONTRAST)).isTrue();
        assertThat(thanks.weight()).isLessThan(thanks.baseWeight());
        assertThat(reading.cuesFor(Emotion.FRUSTRATION).get(0).has(CueModifier.AFTER_CONTRAST)).isTrue();
        assertThat(reading.sentences().get(1).emotion()).isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void laterSentencesWeighMore() {
        assertThat(read("I was annoyed. Thanks for sorting it out.").emotion()).isEqualTo(Emotion.GRATITUDE);
        assertThat(read("Thanks for sorting it out. I am annoyed.").emotion()).isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void sarcasmPhrasesRaiseTheSignalAndReadAsFrustration() {
        EmotionReading reading = read("Great, just great.");
        assertThat(reading.has(SignalType.SARCASM)).isTrue();
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(reading.cuesFor(Emotion.SATISFACTION)).isEmpty();
    }

    @Test
    void aCheerfulOpeningFollowedByAComplaintReadsAsSarcasm() {
        EmotionReading reading = read("Great, my parcel is lost again");
        Cue great = reading.cues().get(0);
        assertThat(great.text()).isEqualTo("Great");
        assertThat(great.emotion()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(great.has(CueModifier.SARCASTIC)).isTrue();
        assertThat(reading.has(SignalType.SARCASM)).isTrue();
    }

    @Test
    void praiseWithoutAComplaintIsNotSarcasm() {
        EmotionReading reading = read("Great, the parcel arrived");
        assertThat(reading.emotion()).isEqualTo(Emotion.SATISFACTION);
        assertThat(reading.has(SignalType.SARCASM)).isFalse();
    }

    @Test
    void waitingPlaceholdersMatchNumbersAndTimeUnits() {
        EmotionReading reading = read("I have been waiting for three weeks and for 10 days before that");
        assertThat(reading.signals()).extracting(Signal::type, Signal::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SignalType.LONG_WAIT, "for three weeks"),
                org.assertj.core.groups.Tuple.tuple(SignalType.LONG_WAIT, "for 10 days"));
    }

    @Test
    void escalationAndUrgencySignals() {
        EmotionReading reading = read("Fix it ASAP or I will cancel my subscription");
        assertThat(reading.signals()).extracting(Signal::type)
                .containsExactly(SignalType.URGENCY, SignalType.ESCALATION_RISK);
        assertThat(reading.cues()).extracting(Cue::text).containsExactly("cancel my subscription");
    }

    @Test
    void aNegatedSignalIsNotRaised() {
        assertThat(read("I don't want to cancel my subscription").has(SignalType.ESCALATION_RISK)).isFalse();
    }

    @Test
    void questionsWithAnOpenerSignalConfusion() {
        EmotionReading reading = read("What does this charge mean?");
        assertThat(reading.cuesFor(Emotion.CONFUSION)).singleElement().satisfies(cue -> {
            assertThat(cue.source()).isEqualTo(Cue.Source.QUESTION);
            assertThat(cue.text()).isEqualTo("What does");
        });
    }

    @Test
    void emoticonsNeedABoundarySoUrlsDoNotMatch() {
        assertThat(read("see https://example.com/a:(b").cues()).isEmpty();
        assertThat(read("that's sad :(").cuesFor(Emotion.SADNESS)).hasSize(1);
    }

    @Test
    void repeatedEmojiDecay() {
        List<Cue> cues = read("😡😡😡").cues();
        assertThat(cues).extracting(Cue::weight).containsExactly(1.5, 0.75, 0.375);
        assertThat(read("😡😡😡").emotion()).isEqualTo(Emotion.ANGER);
    }

    @Test
    void perSentenceReadingsCoverTheMessage() {
        String text = "I am worried.\nThanks for the help!";
        EmotionReading reading = read(text);
        assertThat(reading.sentences()).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("I am worried.", "Thanks for the help!");
        assertThat(reading.sentences()).extracting(SentenceReading::emotion)
                .containsExactly(Emotion.ANXIETY, Emotion.GRATITUDE);
    }

    @Test
    void otherScriptsReadAsNeutralWithConfidenceZero() {
        EmotionReading reading = read("配達が遅れています。どうなっていますか");
        assertThat(reading.emotion()).isEqualTo(Emotion.NEUTRAL);
        assertThat(reading.confidence()).isZero();
    }

    @Test
    void aVendorLexiconAddsTermsAndReweightsBuiltInOnes() {
        String vendor = "# empathy-lexicon 1\n# locale: en\nannoyed\tfrustration\t2.5\nbricked\tanger\t2.0\n";
        LexiconEmotionClassifier classifier = testLexiconPlus(vendor);
        assertThat(classifier.classify("my phone is bricked").emotion()).isEqualTo(Emotion.ANGER);
        assertThat(classifier.classify("annoyed").cues().get(0).baseWeight()).isEqualTo(2.5);
        assertThat(classifier.size()).isEqualTo(CLASSIFIER.size() + 1);
    }

    @Test
    void removedTermsAreSwitchedOff() {
        LexiconEmotionClassifier classifier = testLexicon().removeTerm("Lost").build();
        assertThat(classifier.classify("my parcel is lost").cues()).noneMatch(cue -> cue.text().toLowerCase().contains("lost"));
        assertThat(classifier.classify("it is lost").cues()).isEmpty();
    }

    @Test
    void aMalformedVendorLexiconFailsAtBuildNamingFileLineAndProblem() {
        assertThatThrownBy(() -> LexiconEmotionClassifier.builder()
                .addLexicon(stream("# empathy-lexicon 1\nfine\tsatisfaction\t1\nbad\tangry\t1\n"), "vendor.tsv").build())
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("vendor.tsv:3: unknown emotion 'angry', expected one of anger, frustration, anxiety, "
                        + "confusion, disappointment, sadness, gratitude, satisfaction, neutral");
        assertThatThrownBy(() -> LexiconEmotionClassifier.builder()
                .addLexicon(stream("# empathy-lexicon 1\nfine\tsatisfaction\t7\n"), "vendor.tsv").build())
                .hasMessage("vendor.tsv:2: weight 7 is outside (0, 3]");
        assertThatThrownBy(() -> LexiconEmotionClassifier.builder()
                .addLexicon(stream("# empathy-lexicon 1\nfine\tsatisfaction\t1\nfine\tsatisfaction\t2\n"), "vendor.tsv").build())
                .hasMessage("vendor.tsv:3: duplicate entry for 'fine' (satisfaction), first on line 2");
        assertThatThrownBy(() -> LexiconEmotionClassifier.builder()
                .addLexicon(stream("# empathy-lexicon 1\nasap\t-\t1\tsoon\n"), "vendor.tsv").build())
                .hasMessage("vendor.tsv:2: unknown signal 'soon', expected one of urgency, escalation-risk, sarcasm, repeated-contact, long-wait");
        assertThatThrownBy(() -> LexiconEmotionClassifier.builder()
                .addLexicon(stream("word\tanger\t1\n"), "vendor.tsv"))
                .hasMessage("vendor.tsv:1: first line must be '# empathy-lexicon <version>', found 'word\tanger\t1'");
    }

    @Test
    void anEmailClosingIsPolitenessNotGratitude() {
        EmotionReading reading = read("My parcel is lost and I am frustrated. Could you resend it? Thanks, Ellie");
        Cue thanks = reading.cuesFor(Emotion.GRATITUDE).get(0);
        assertThat(thanks.has(CueModifier.SIGN_OFF)).isTrue();
        assertThat(thanks.weight()).isEqualTo(0.2, within(1e-9));
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void aClosingOnItsOwnLineIsFoundToo() {
        EmotionReading reading = read("I am annoyed with the delay.\nThanks,\nMaria Lopez");
        assertThat(reading.cuesFor(Emotion.GRATITUDE).get(0).has(CueModifier.SIGN_OFF)).isTrue();
    }

    @Test
    void thanksThatIsTheMessageIsNotASignOff() {
        EmotionReading reading = read("The parcel arrived. Thanks so much!");
        assertThat(reading.cuesFor(Emotion.GRATITUDE).get(0).has(CueModifier.SIGN_OFF)).isFalse();
        assertThat(reading.emotion()).isEqualTo(Emotion.GRATITUDE);
    }

    @Test
    void aCheerfulOpenerBeforeAWeakComplaintIsNotSarcasm() {
        String vendor = "# empathy-lexicon 1\nrefund\tfrustration\t0.3\n";
        LexiconEmotionClassifier classifier = testLexiconPlus(vendor);
        EmotionReading reading = classifier.classify("Great, the refund came faster than I thought");
        assertThat(reading.has(SignalType.SARCASM)).isFalse();
        assertThat(reading.cuesFor(Emotion.SATISFACTION)).hasSize(1);
    }

    @Test
    void aPossessiveMatchesItsNoun() {
        String vendor = "# empathy-lexicon 1\nmy late wife\tsadness\t2.0\n";
        LexiconEmotionClassifier classifier = LexiconEmotionClassifier.builder().withoutBuiltInLexicon()
                .addLexicon(stream(vendor), "vendor.tsv").build();
        assertThat(classifier.classify("these were my late wife's recipes").cues()).extracting(Cue::text)
                .containsExactly("my late wife's");
    }

    @Test
    void aWaitIsNotNegated() {
        EmotionReading reading = read("The tracking hasn't moved for 10 days");
        assertThat(reading.has(SignalType.LONG_WAIT)).isTrue();
        assertThat(reading.cuesFor(Emotion.FRUSTRATION)).extracting(Cue::text).contains("for 10 days");
        assertThat(reading.cuesFor(Emotion.FRUSTRATION)).noneMatch(cue -> cue.has(CueModifier.NEGATED));
    }

    @Test
    void twoEntriesForTheSameWordsCountOncePerEmotion() {
        String vendor = "# empathy-lexicon 1\n{ordinal} time\tfrustration\t1.0\trepeated-contact\n";
        LexiconEmotionClassifier classifier = testLexiconPlus(vendor);
        EmotionReading reading = classifier.classify("this is the third time");
        assertThat(reading.cues()).singleElement().satisfies(cue -> assertThat(cue.baseWeight()).isEqualTo(1.5));
        assertThat(reading.signals()).hasSize(1);
    }

    @Test
    void aClosingAfterALongSentenceIsStillASignOff() {
        EmotionReading reading = read("I am frustrated. Could you please resend it to my sister today? Thanks, Ellie");
        assertThat(reading.cuesFor(Emotion.GRATITUDE).get(0).has(CueModifier.SIGN_OFF)).isTrue();
        assertThat(reading.emotion()).isEqualTo(Emotion.FRUSTRATION);
    }

    @Test
    void thanksBeforeAComplaintAreSincereUnlessMarked() {
        EmotionReading reading = read("Thanks for finding my lost parcel");
        assertThat(reading.has(SignalType.SARCASM)).isFalse();
        assertThat(reading.cuesFor(Emotion.GRATITUDE)).extracting(Cue::text).containsExactly("Thanks");
    }

    @Test
    void aWorriedQuestionReadsAsAnxietyNotConfusion() {
        EmotionReading reading = read("Will I lose my booking??");
        assertThat(reading.cuesFor(Emotion.ANXIETY)).singleElement().satisfies(cue -> {
            assertThat(cue.source()).isEqualTo(Cue.Source.QUESTION);
            assertThat(cue.text()).isEqualTo("Will I lose");
        });
        assertThat(reading.cuesFor(Emotion.CONFUSION)).isEmpty();
    }

    @Test
    void aWorryOpenerCountsOnlyWhereItStartsTheQuestion() {
        assertThat(read("Where is my booking??").cuesFor(Emotion.ANXIETY)).isEmpty();
        assertThat(read("Sorry, is my booking gone?").cuesFor(Emotion.ANXIETY)).extracting(Cue::text).containsExactly("is my");
    }

    @Test
    void aWeakRepeatDoesNotTurnACheerfulOpenerIntoSarcasm() {
        LexiconEmotionClassifier classifier = testLexiconPlus("# empathy-lexicon 1\nagain\tfrustration\t0.4\trepeated-contact\n");
        EmotionReading fixed = classifier.classify("Great, the emails come through again");
        assertThat(fixed.has(SignalType.SARCASM)).isFalse();
        assertThat(fixed.emotion()).isEqualTo(Emotion.SATISFACTION);
        assertThat(classifier.classify("Great, the third time this week").has(SignalType.SARCASM)).isTrue();
    }

    @Test
    void questionMarksMixedWithExclamationsAreOutrageNotConfusion() {
        assertThat(read("Really??").cuesFor(Emotion.CONFUSION)).extracting(Cue::text).containsExactly("??");
        assertThat(read("INCONVENIENCE?!?!").cuesFor(Emotion.CONFUSION)).isEmpty();
    }

    @Test
    void aClauseWordEndsTheNegationScope() {
        Cue worried = read("I am not sure and worried").cuesFor(Emotion.ANXIETY).get(0);
        assertThat(worried.has(CueModifier.NEGATED)).isFalse();
        assertThat(read("I am not worried").cues().get(0).has(CueModifier.NEGATED)).isTrue();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
