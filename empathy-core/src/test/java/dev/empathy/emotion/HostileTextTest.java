package dev.empathy.emotion;

import dev.empathy.draft.DraftChecker;
import dev.empathy.model.BlendedEmotionClassifier;
import dev.empathy.model.ModelEmotionClassifier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The reproducers of issue 13 (items 1, 2, 3, 5 and 6): text that used to crash or misread. The time of
 * item 3 (contrast after contrast) is measured at 10 KB, 100 KB and 1 MB by {@code dev.empathy.fuzz.LinearTimeTest}.
 */
class HostileTextTest {

    private static final LexiconEmotionClassifier LEXICON = LexiconEmotionClassifier.english();

    @ParameterizedTest(name = "{0}")
    @MethodSource("intensifierChains")
    void aChainOfIntensifiersReadsAngerWithABoundedWeight(String name, String text) {
        EmotionReading reading = LEXICON.classify(text);

        assertThat(reading.emotion()).isEqualTo(Emotion.ANGER);
        Cue angry = reading.cues().get(reading.cues().size() - 1);
        assertThat(angry.text()).isEqualTo("angry");
        assertThat(angry.weight()).isFinite().isLessThanOrEqualTo(angry.baseWeight() * IntensityStage.MAX_INTENSIFIER);
    }

    static Stream<Arguments> intensifierChains() {
        return Stream.of(
                Arguments.of("1510 x extremely", "extremely ".repeat(1510) + "angry"),
                Arguments.of("3499 x very", "very ".repeat(3499) + "angry"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intensifierChains")
    void theDraftCheckerReadsAChainOfIntensifiersInTheCustomerMessage(String name, String text) {
        assertThatCode(() -> DraftChecker.english().check("I understand, let me look into it.", text))
                .doesNotThrowAnyException();
    }

    @Test
    void eachIntensifierInAChainAddsLessThanTheOneBefore() {
        double one = IntensityStage.chain(1, 1.3);
        double two = IntensityStage.chain(one, 1.3);
        double three = IntensityStage.chain(two, 1.3);

        assertThat(one).isEqualTo(1.3);
        assertThat(two).isGreaterThan(one).isLessThan(1.3 * 1.3);
        assertThat(three - two).isLessThan(two - one);
        assertThat(IntensityStage.chain(3, 3)).isEqualTo(3);
        assertThat(IntensityStage.chain(2, 0.5)).isEqualTo(1);
    }

    @Test
    void veryVeryAngryReadsStrongerThanVeryAngry() {
        assertThat(LEXICON.classify("I am very very angry").intensity())
                .isGreaterThan(LEXICON.classify("I am very angry").intensity());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longTexts")
    void theModelAndTheBlendReadLongText(String name, String text) {
        for (EmotionClassifier classifier : new EmotionClassifier[] {ModelEmotionClassifier.english(), BlendedEmotionClassifier.english()}) {
            EmotionReading reading = classifier.classify(text);
            double sum = 0;
            for (Emotion emotion : Emotion.values()) {
                assertThat(reading.score(emotion)).isBetween(0.0, 1.0);
                sum += reading.score(emotion);
            }
            assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    static Stream<Arguments> longTexts() {
        String two = "The parcel was late again and nobody called me back. I would like a refund please. ";
        return Stream.of(
                Arguments.of("1548 x furious", "furious ".repeat(1548)),
                Arguments.of("7444 x hello", "hello ".repeat(7444)),
                Arguments.of("two sentences to 36,000 chars", two.repeat(36_000 / two.length() + 1)));
    }

    @Test
    void theModelReadsLongTextAsItReadsTheSameWordsOnce() {
        EmotionClassifier model = ModelEmotionClassifier.english();
        assertThat(model.classify("furious ".repeat(1548)).emotion()).isEqualTo(model.classify("furious").emotion());
    }

    @Test
    void aContrastDiscountsEachEarlierCueOnce() {
        EmotionReading reading = LEXICON.classify("I am angry. But thanks. But I am happy.");
        Cue angry = reading.cues().get(0);
        assertThat(angry.has(CueModifier.BEFORE_CONTRAST)).isTrue();
        Cue thanks = reading.cues().get(1);
        assertThat(thanks.has(CueModifier.AFTER_CONTRAST)).isTrue();
        assertThat(thanks.has(CueModifier.BEFORE_CONTRAST)).isTrue();
    }

    @Test
    void aLongLineIsNeverCutInsideAWord() {
        EmotionReading reading = LEXICON.classify(" ".repeat(19_998) + "furious");

        assertThat(reading.emotion()).isEqualTo(Emotion.ANGER);
        assertThat(reading.cues()).extracting(Cue::text).containsExactly("furious");
    }

    @Test
    void aVeryLongWordIsCutBetweenCodePoints() {
        String text = "a".repeat(19_999) + "😡".repeat(10) + " angry";
        EmotionReading reading = LEXICON.classify(text);
        for (SentenceReading sentence : reading.sentences()) {
            assertThat(Character.isLowSurrogate(text.charAt(sentence.start()))).isFalse();
        }
    }

    @Test
    void aVendorLexiconOf100000PlaceholderPhrasesReadsTenKilobytesQuickly() {
        StringBuilder vendor = new StringBuilder("# empathy-lexicon 1\n# locale: en\n");
        for (int i = 0; i < 100_000; i++) {
            vendor.append("{any} zq").append(i).append("\tanger\t1.0\n");
        }
        LexiconEmotionClassifier classifier = LexiconEmotionClassifier.builder()
                .addLexicon(new java.io.ByteArrayInputStream(vendor.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "vendor.tsv")
                .build();
        String text = "My order is late and I am annoyed, please help. ".repeat(10_000 / 48);

        long time = timeMillis(() -> classifier.classify(text));

        assertThat(time).isLessThan(2_000); // was 16 s: every token tried all 100,000 phrases
        assertThat(classifier.classify("the zq99999 again").emotion()).isEqualTo(Emotion.ANGER);
        assertThat(classifier.classify("well, zq42").cues()).extracting(Cue::text).contains("well, zq42");
        assertThat(classifier.classify(text).emotion()).isEqualTo(LEXICON.classify(text).emotion());
    }

    private static long timeMillis(Runnable work) {
        work.run(); // warm up
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
